// Test double: the methods of Agora's io.agora.media.RtcTokenBuilder2 (Kotlin) the samples call.
package io.agora.media

class RtcTokenBuilder2 {
    enum class Role(val initValue: Int) { ROLE_PUBLISHER(1), ROLE_SUBSCRIBER(2) }

    fun buildTokenWithUid(
        appId: String, appCertificate: String, channelName: String, uid: Int, role: Role,
        tokenExpire: Int, privilegeExpire: Int,
    ): String = buildTokenWithUserAccount(
        appId, appCertificate, channelName, AccessToken2.getUidStr(uid), role, tokenExpire, privilegeExpire,
    )

    fun buildTokenWithUserAccount(
        appId: String, appCertificate: String, channelName: String, account: String, role: Role,
        tokenExpire: Int, privilegeExpire: Int,
    ): String {
        val rtc = AccessToken2.ServiceRtc(channelName, account)
        rtc.addPrivilegeRtc(AccessToken2.PrivilegeRtc.PRIVILEGE_JOIN_CHANNEL, privilegeExpire)
        if (role == Role.ROLE_PUBLISHER) {
            rtc.addPrivilegeRtc(AccessToken2.PrivilegeRtc.PRIVILEGE_PUBLISH_AUDIO_STREAM, privilegeExpire)
            rtc.addPrivilegeRtc(AccessToken2.PrivilegeRtc.PRIVILEGE_PUBLISH_VIDEO_STREAM, privilegeExpire)
            rtc.addPrivilegeRtc(AccessToken2.PrivilegeRtc.PRIVILEGE_PUBLISH_DATA_STREAM, privilegeExpire)
        }
        return AccessToken2(appId, appCertificate, tokenExpire).apply { addService(rtc) }.build()
    }

    fun buildTokenWithUid(
        appId: String, appCertificate: String, channelName: String, uid: Int, tokenExpire: Int,
        joinChannelPrivilegeExpire: Int, pubAudioPrivilegeExpire: Int, pubVideoPrivilegeExpire: Int,
        pubDataStreamPrivilegeExpire: Int,
    ): String = buildTokenWithUserAccount(
        appId, appCertificate, channelName, AccessToken2.getUidStr(uid), tokenExpire, joinChannelPrivilegeExpire,
        pubAudioPrivilegeExpire, pubVideoPrivilegeExpire, pubDataStreamPrivilegeExpire,
    )

    fun buildTokenWithUserAccount(
        appId: String, appCertificate: String, channelName: String, account: String, tokenExpire: Int,
        joinChannelPrivilegeExpire: Int, pubAudioPrivilegeExpire: Int, pubVideoPrivilegeExpire: Int,
        pubDataStreamPrivilegeExpire: Int,
    ): String {
        val rtc = AccessToken2.ServiceRtc(channelName, account)
        rtc.addPrivilegeRtc(AccessToken2.PrivilegeRtc.PRIVILEGE_JOIN_CHANNEL, joinChannelPrivilegeExpire)
        rtc.addPrivilegeRtc(AccessToken2.PrivilegeRtc.PRIVILEGE_PUBLISH_AUDIO_STREAM, pubAudioPrivilegeExpire)
        rtc.addPrivilegeRtc(AccessToken2.PrivilegeRtc.PRIVILEGE_PUBLISH_VIDEO_STREAM, pubVideoPrivilegeExpire)
        rtc.addPrivilegeRtc(AccessToken2.PrivilegeRtc.PRIVILEGE_PUBLISH_DATA_STREAM, pubDataStreamPrivilegeExpire)
        return AccessToken2(appId, appCertificate, tokenExpire).apply { addService(rtc) }.build()
    }
}
