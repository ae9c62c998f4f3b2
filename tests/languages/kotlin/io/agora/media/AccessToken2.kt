// Test double for Agora's Kotlin token builder (folder kotlin of DynamicKey/AgoraDynamicKey in
// AgoraIO/Tools, package io.agora.media), written for this site's tests from the token format: the
// same package, classes and methods the samples call, with the JDK's javax.crypto (HMAC-SHA256) and
// java.util.zip (zlib). Readers copy Agora's files, not these.
package io.agora.media

import java.io.ByteArrayOutputStream
import java.security.SecureRandom
import java.util.Base64
import java.util.TreeMap
import java.util.zip.DeflaterOutputStream
import javax.crypto.Mac
import javax.crypto.spec.SecretKeySpec

class AccessToken2(private val appId: String, private val appCert: String, private val expire: Int) {
    enum class PrivilegeRtc(val intValue: Short) {
        PRIVILEGE_JOIN_CHANNEL(1),
        PRIVILEGE_PUBLISH_AUDIO_STREAM(2),
        PRIVILEGE_PUBLISH_VIDEO_STREAM(3),
        PRIVILEGE_PUBLISH_DATA_STREAM(4),
    }

    enum class PrivilegeRtm(val intValue: Short) { PRIVILEGE_LOGIN(1) }

    enum class PrivilegeChat(val intValue: Short) { PRIVILEGE_CHAT_USER(1), PRIVILEGE_CHAT_APP(2) }

    /** One service: its type, privileges (seconds after issue) and the text fields after them. */
    open class Service(val serviceType: Short, private vararg val fields: String) {
        val privileges = TreeMap<Short, Int>()

        fun addPrivilegeRtc(privilege: PrivilegeRtc, expire: Int) { privileges[privilege.intValue] = expire }
        fun addPrivilegeRtm(privilege: PrivilegeRtm, expire: Int) { privileges[privilege.intValue] = expire }
        fun addPrivilegeChat(privilege: PrivilegeChat, expire: Int) { privileges[privilege.intValue] = expire }

        internal fun pack(out: Packer) {
            out.u16(serviceType.toInt()).u16(privileges.size)
            privileges.forEach { (id, seconds) -> out.u16(id.toInt()).u32(seconds) }
            fields.forEach { out.text(it.toByteArray(Charsets.UTF_8)) }
        }
    }

    class ServiceRtc(channelName: String, uid: String) : Service(SERVICE_TYPE_RTC, channelName, uid)
    class ServiceRtm(userId: String) : Service(SERVICE_TYPE_RTM, userId)
    class ServiceChat(userId: String = "") : Service(SERVICE_TYPE_CHAT, userId)

    private val issueTs: Int = (System.currentTimeMillis() / 1000).toInt()
    private val salt: Int = generateSequence { random.nextInt() }.first { it != 0 } // any non-zero u32
    private val services = TreeMap<Short, Service>()

    fun addService(service: Service) {
        services[service.serviceType] = service
    }

    fun build(): String {
        val hex32 = Regex("[0-9a-fA-F]{32}")
        if (!hex32.matches(appId) || !hex32.matches(appCert)) return ""

        val info = Packer().text(appId.toByteArray()).u32(issueTs).u32(expire).u32(salt).u16(services.size)
        services.values.forEach { it.pack(info) }
        // The certificate is keyed as text, not hex-decoded.
        val k1 = hmac(Packer().u32(issueTs).bytes(), appCert.toByteArray(Charsets.UTF_8))
        val k2 = hmac(Packer().u32(salt).bytes(), k1)
        val signature = hmac(k2, info.bytes())

        val compressed = ByteArrayOutputStream()
        DeflaterOutputStream(compressed).use { it.write(Packer().text(signature).raw(info.bytes()).bytes()) }
        return VERSION + Base64.getEncoder().encodeToString(compressed.toByteArray())
    }

    /** Little-endian writer for the token's integers and length-prefixed byte strings. */
    internal class Packer {
        private val out = ByteArrayOutputStream()
        fun u16(v: Int) = apply { out.write(v and 0xff); out.write((v ushr 8) and 0xff) }
        fun u32(v: Int) = apply { u16(v and 0xffff); u16(v ushr 16) }
        fun text(b: ByteArray) = apply { u16(b.size); out.write(b) }
        fun raw(b: ByteArray) = apply { out.write(b) }
        fun bytes(): ByteArray = out.toByteArray()
    }

    companion object {
        private const val VERSION = "007"
        const val SERVICE_TYPE_RTC: Short = 1
        const val SERVICE_TYPE_RTM: Short = 2
        const val SERVICE_TYPE_CHAT: Short = 5
        private val random = SecureRandom()

        /** The uid as unsigned decimal text; 0 becomes "" (any uid may join). */
        fun getUidStr(uid: Int): String = if (uid == 0) "" else (uid.toLong() and 0xFFFFFFFFL).toString()

        private fun hmac(key: ByteArray, message: ByteArray): ByteArray {
            val mac = Mac.getInstance("HmacSHA256")
            mac.init(SecretKeySpec(key, "HmacSHA256"))
            return mac.doFinal(message)
        }
    }
}
