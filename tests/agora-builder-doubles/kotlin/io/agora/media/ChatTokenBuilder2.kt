// Test double: the methods of Agora's io.agora.media.ChatTokenBuilder2 (Kotlin) the samples call.
package io.agora.media

class ChatTokenBuilder2 {
    fun buildUserToken(appId: String, appCertificate: String, userId: String, expire: Int): String {
        val chat = AccessToken2.ServiceChat(userId)
        chat.addPrivilegeChat(AccessToken2.PrivilegeChat.PRIVILEGE_CHAT_USER, expire)
        return AccessToken2(appId, appCertificate, expire).apply { addService(chat) }.build()
    }

    fun buildAppToken(appId: String, appCertificate: String, expire: Int): String {
        val chat = AccessToken2.ServiceChat()
        chat.addPrivilegeChat(AccessToken2.PrivilegeChat.PRIVILEGE_CHAT_APP, expire)
        return AccessToken2(appId, appCertificate, expire).apply { addService(chat) }.build()
    }
}
