// Test double for Agora's Kotlin token builder: HMAC-SHA256, zlib, base64, time and salt, in the
// file Agora keeps them in (Utils.kt) with the same imports (some unused here: Agora's Utils also
// decompresses, computes CRC32 and MD5).
package io.agora.media

import java.io.ByteArrayOutputStream
import java.nio.charset.StandardCharsets
import java.security.InvalidKeyException
import java.security.MessageDigest
import java.security.NoSuchAlgorithmException
import java.security.SecureRandom
import java.util.*
import java.util.zip.CRC32
import java.util.zip.Deflater
import java.util.zip.Inflater
import javax.crypto.Mac
import javax.crypto.spec.SecretKeySpec

object Utils {
    private val random = SecureRandom()

    fun hmacSign(key: ByteArray, msg: ByteArray): ByteArray {
        val mac = Mac.getInstance("HmacSHA256")
        mac.init(SecretKeySpec(key, "HmacSHA256"))
        return mac.doFinal(msg)
    }

    fun base64Encode(data: ByteArray): String = Base64.getEncoder().encodeToString(data)

    fun getTimestamp(): Int = (System.currentTimeMillis() / 1000).toInt()

    /** Any non-zero 32-bit salt. */
    fun randomInt(): Int = generateSequence { random.nextInt() }.first { it != 0 }

    /** 32 hexadecimal characters, as App IDs and App Certificates are. */
    fun isUUID(uuid: String?): Boolean = uuid != null && Regex("[0-9a-fA-F]{32}").matches(uuid)

    /** zlib: header, deflate, Adler-32. */
    fun compress(data: ByteArray): ByteArray {
        val deflater = Deflater()
        deflater.setInput(data)
        deflater.finish()
        val out = ByteArrayOutputStream()
        val chunk = ByteArray(1024)
        while (!deflater.finished()) out.write(chunk, 0, deflater.deflate(chunk))
        deflater.end()
        return out.toByteArray()
    }
}
