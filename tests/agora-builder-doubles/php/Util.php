<?php
// Test double for Agora's PHP token builder: little-endian packing of the token's fields, in
// the file and class Agora's AccessToken2.php requires (Util.php, class Util).

class Util
{
    public static function packUint16($x)
    {
        return pack('v', $x);
    }

    public static function packUint32($x)
    {
        return pack('V', $x);
    }

    // A u16 length, then the bytes. PHP turns the integer 0 into "0" here: Agora's PHP builder
    // writes uid 0 as "0", unlike the other languages' "".
    public static function packString($value)
    {
        $value = (string)$value;
        return self::packUint16(strlen($value)) . $value;
    }
}
