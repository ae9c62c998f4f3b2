// Prints an RTC token for one user in one channel with Agora's Kotlin token builder.
//   APP_ID=... APP_CERTIFICATE=... CHANNEL=demo UID=1234 java -cp ... example.RtcToken
@file:JvmName("RtcToken")

package example

import io.agora.media.RtcTokenBuilder2
import io.agora.media.RtcTokenBuilder2.Role
import kotlin.system.exitProcess

/** Reads an App ID or App Certificate from the environment, or stops with a message naming it. */
fun requireHex32(name: String): String {
    val value = System.getenv(name).orEmpty()
    if (Regex("[0-9a-fA-F]{32}").matches(value)) return value
    // The builder returns "" instead of throwing when an id is malformed: check first.
    System.err.println("$name must be the 32 hex characters shown in Agora Console (got ${value.length} characters).")
    exitProcess(1)
}

/**
 * A uid is unsigned 32-bit (up to 4294967295) but the builder takes a Kotlin Int, which is signed:
 * parse it as a Long, check the range, then keep its 32 bits with toInt(). Null if malformed.
 */
fun parseUid(text: String): Int? {
    if (!Regex("\\d{1,10}").matches(text)) return null // toLongOrNull would accept "+5"
    val value = text.toLong()
    return if (value <= 0xFFFFFFFFL) value.toInt() else null
}

fun main() {
    val appId = requireHex32("APP_ID")
    val appCertificate = requireHex32("APP_CERTIFICATE")
    val channelName = System.getenv("CHANNEL") ?: "demo"
    val uidText = System.getenv("UID") ?: "1234"
    val uid = parseUid(uidText) ?: run {
        System.err.println("UID must be a whole number from 0 to 4294967295 (got \"$uidText\").")
        exitProcess(1)
    }

    // Both lifetimes are seconds from now, not Unix timestamps. Agora caps a token at 24 hours.
    val tokenExpire = 3600
    val privilegeExpire = 3600

    val token = RtcTokenBuilder2().buildTokenWithUid(
        appId, appCertificate, channelName, uid, Role.ROLE_PUBLISHER, tokenExpire, privilegeExpire,
    )
    println(token)
}
