// Test double for Agora's Kotlin token builder (folder kotlin of DynamicKey/AgoraDynamicKey in
// AgoraIO/Tools, package io.agora.media), written for this site's tests from the token format: the
// same package, file names, imports, classes and methods the samples call (official-surface.json),
// with the JDK's javax.crypto (HMAC-SHA256) and java.util.zip (zlib). Readers copy Agora's files.
package io.agora.media

import java.nio.charset.StandardCharsets
import java.security.MessageDigest
import java.util.TreeMap
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
    open class Service(val serviceType: Short, private vararg val fields: String) : Packable {
        val privileges = TreeMap<Short, Int>()

        fun addPrivilegeRtc(privilege: PrivilegeRtc, expire: Int) { privileges[privilege.intValue] = expire }
        fun addPrivilegeRtm(privilege: PrivilegeRtm, expire: Int) { privileges[privilege.intValue] = expire }
        fun addPrivilegeChat(privilege: PrivilegeChat, expire: Int) { privileges[privilege.intValue] = expire }

        override fun marshal(out: ByteBuf): ByteBuf {
            out.put(serviceType).putIntMap(privileges)
            fields.forEach { out.put(it.toByteArray(StandardCharsets.UTF_8)) }
            return out
        }
    }

    class ServiceRtc(channelName: String, uid: String) : Service(SERVICE_TYPE_RTC, channelName, uid)
    class ServiceRtm(userId: String) : Service(SERVICE_TYPE_RTM, userId)
    class ServiceChat(userId: String = "") : Service(SERVICE_TYPE_CHAT, userId)

    private val issueTs: Int = Utils.getTimestamp()
    private val salt: Int = Utils.randomInt()
    private val services = TreeMap<Short, Service>()

    fun addService(service: Service) {
        services[service.serviceType] = service
    }

    fun build(): String {
        if (!Utils.isUUID(appId) || !Utils.isUUID(appCert)) return ""

        val info = ByteBuf().put(appId).put(issueTs).put(expire).put(salt).put(services.size.toShort())
        services.values.forEach { it.marshal(info) }
        // The certificate is keyed as text, not hex-decoded.
        val k1 = Utils.hmacSign(ByteBuf().put(issueTs).asBytes(), appCert.toByteArray(StandardCharsets.UTF_8))
        val k2 = Utils.hmacSign(ByteBuf().put(salt).asBytes(), k1)
        val signing = info.asBytes()
        val content = ByteBuf().put(Utils.hmacSign(k2, signing)).copy(signing)
        return VERSION + Utils.base64Encode(Utils.compress(content.asBytes()))
    }

    companion object {
        private const val VERSION = "007"
        const val SERVICE_TYPE_RTC: Short = 1
        const val SERVICE_TYPE_RTM: Short = 2
        const val SERVICE_TYPE_CHAT: Short = 5

        /** The uid as unsigned decimal text; 0 becomes "" (any uid may join). */
        fun getUidStr(uid: Int): String = if (uid == 0) "" else (uid.toLong() and 0xFFFFFFFFL).toString()
    }
}
