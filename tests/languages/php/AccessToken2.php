<?php
// Test double for Agora's PHP token builder (folder php/src of AgoraIO/Tools), written for this
// site's tests from the token format: the same class names and static entry points as the
// official files the samples include, real HMAC-SHA256 (hash_hmac) and zlib (gzcompress).
// Readers use Agora's files, not this one.

class TestToken007Service
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
        $out = pack('v', $this->type) . pack('v', count($this->privileges));
        foreach ($this->privileges as $privilege => $expire) {
            $out .= pack('v', $privilege) . pack('V', $expire);
        }
        return $out . $this->fields;
    }

    public static function text($value)
    {
        // PHP turns the integer 0 into "0" here: the official builder writes uid 0 as "0".
        $value = (string)$value;
        return pack('v', strlen($value)) . $value;
    }
}

class TestToken007
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
        $info = TestToken007Service::text($this->appId) . pack('V', $issueTs) . pack('V', $this->expire)
            . pack('V', $salt) . pack('v', count($this->services));
        foreach ($this->services as $service) {
            $info .= $service->pack();
        }
        $key = hash_hmac('sha256', $this->appCertificate, pack('V', $issueTs), true);
        $key = hash_hmac('sha256', $key, pack('V', $salt), true);
        $signature = hash_hmac('sha256', $info, $key, true);
        return '007' . base64_encode(gzcompress(TestToken007Service::text($signature) . $info));
    }

    public static function single($appId, $appCertificate, $expire, $service)
    {
        $token = new TestToken007($appId, $appCertificate, $expire);
        $token->addService($service);
        return $token->build();
    }
}
