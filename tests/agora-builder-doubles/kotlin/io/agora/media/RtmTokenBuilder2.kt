// Test double: the method of Agora's io.agora.media.RtmTokenBuilder2 (Kotlin) the samples call.
package io.agora.media

class RtmTokenBuilder2 {
    fun buildToken(appId: String, appCertificate: String, userId: String, tokenExpire: Int): String {
        val rtm = AccessToken2.ServiceRtm(userId)
        rtm.addPrivilegeRtm(AccessToken2.PrivilegeRtm.PRIVILEGE_LOGIN, tokenExpire)
        return AccessToken2(appId, appCertificate, tokenExpire).apply { addService(rtm) }.build()
    }
}
