// The other tokens a Kotlin server usually needs, one per line as "label: token".
//   APP_ID=... APP_CERTIFICATE=... CHANNEL=demo UID=1234 USER_ACCOUNT=alice java -cp ... example.Variants
@file:JvmName("Variants")

package example

import io.agora.media.ChatTokenBuilder2
import io.agora.media.RtcTokenBuilder2
import io.agora.media.RtcTokenBuilder2.Role
import io.agora.media.RtmTokenBuilder2

fun main() {
    val appId = requireHex32("APP_ID")
    val appCertificate = requireHex32("APP_CERTIFICATE")
    val channelName = System.getenv("CHANNEL") ?: "demo"
    val uid = parseUid(System.getenv("UID") ?: "1234") ?: error("UID must be 0 to 4294967295")
    val account = System.getenv("USER_ACCOUNT") ?: "alice"
    val expire = 3600 // seconds from now
    val rtc = RtcTokenBuilder2()

    // 1. A string user account instead of a numeric uid. The client must join with the same string.
    val userAccount = rtc.buildTokenWithUserAccount(
        appId, appCertificate, channelName, account, Role.ROLE_PUBLISHER, expire, expire,
    )

    // 2. Audience: may join, may not publish (enforced once co-host authentication is enabled).
    val subscriber = rtc.buildTokenWithUid(appId, appCertificate, channelName, uid, Role.ROLE_SUBSCRIBER, expire, expire)

    // 3. Co-host authentication: publishing ends after 10 minutes, joining after an hour.
    //    The overload without a role takes one lifetime per privilege.
    val publishFor = 600
    val coHost = rtc.buildTokenWithUid(
        appId, appCertificate, channelName, uid, expire, expire, publishFor, publishFor, publishFor,
    )

    // 4. Signaling (RTM) login for the same person, keyed by a string user id.
    val rtm = RtmTokenBuilder2().buildToken(appId, appCertificate, account, expire)

    // 5. Chat user token.
    val chat = ChatTokenBuilder2().buildUserToken(appId, appCertificate, account, expire)

    println("user-account: $userAccount")
    println("subscriber: $subscriber")
    println("co-host: $coHost")
    println("rtm: $rtm")
    println("chat-user: $chat")
}
