<?php
// Test double for Agora's PHP token builder (folder php/src of AgoraIO/Tools), written for this
// site's tests from the token format: the same file names, requires, class names and static entry
// points as the official files the samples include (see official-surface.json), real HMAC-SHA256
// (hash_hmac) and zlib (gzcompress). Readers use Agora's files, not this one.
require_once "Util.php";

class Service
{
    public $type;
    public $fields;
    public $privileges = [];

    public function __construct($type, $fields)
    {
        $this->type = $type;
        $this->fields = $fields;
    }

    public function addPrivilege($privilege, $expire)
    {
        // Written in insertion order: the builders below add them in ascending order.
        $this->privileges[$privilege] = $expire;
    }

    public function pack()
    {
        $out = Util::packUint16($this->type) . Util::packUint16(count($this->privileges));
        foreach ($this->privileges as $privilege => $expire) {
            $out .= Util::packUint16($privilege) . Util::packUint32($expire);
        }
        return $out . $this->fields;
    }
}

class AccessToken2
{
    private $appId;
    private $appCertificate;
    private $expire;
    private $services = [];

    public function __construct($appId, $appCertificate, $expire)
    {
        $this->appId = $appId;
        $this->appCertificate = $appCertificate;
        $this->expire = $expire;
    }

    public function addService($service)
    {
        $this->services[$service->type] = $service;
    }

    public function build()
    {
        foreach ([$this->appId, $this->appCertificate] as $id) {
            if (!is_string($id) || !preg_match('/^[0-9a-fA-F]{32}$/', $id)) {
                return '';
            }
        }
        $issueTs = time();
        $salt = random_int(1, 99999999);
        ksort($this->services);
        $info = Util::packString($this->appId) . Util::packUint32($issueTs) . Util::packUint32($this->expire)
            . Util::packUint32($salt) . Util::packUint16(count($this->services));
        foreach ($this->services as $service) {
            $info .= $service->pack();
        }
        $key = hash_hmac('sha256', $this->appCertificate, Util::packUint32($issueTs), true);
        $key = hash_hmac('sha256', $key, Util::packUint32($salt), true);
        $signature = hash_hmac('sha256', $info, $key, true);
        return '007' . base64_encode(gzcompress(Util::packString($signature) . $info));
    }

    public static function single($appId, $appCertificate, $expire, $service)
    {
        $token = new AccessToken2($appId, $appCertificate, $expire);
        $token->addService($service);
        return $token->build();
    }
}
