// A token endpoint with the JDK's built-in HTTP server, compatible with the reference server's
//   GET /rtc/:channelName/:role/:tokenType/:uid/?expiry=3600  ->  {"rtcToken": "007..."}
//   APP_ID=... APP_CERTIFICATE=... PORT=8080 java -cp ... example.TokenServer
@file:JvmName("TokenServer")

package example

import com.sun.net.httpserver.HttpExchange
import com.sun.net.httpserver.HttpServer
import io.agora.media.RtcTokenBuilder2
import io.agora.media.RtcTokenBuilder2.Role
import java.net.InetSocketAddress
import java.net.URLDecoder

private val appId = requireHex32("APP_ID")
private val appCertificate = requireHex32("APP_CERTIFICATE")

fun main() {
    val port = System.getenv("PORT")?.toIntOrNull() ?: 8080
    val server = HttpServer.create(InetSocketAddress(port), 0)
    server.createContext("/") { exchange ->
        val (status, body) = route(exchange)
        send(exchange, status, body)
    }
    server.start()
    println("Token server listening on http://localhost:$port")
}

private fun error(status: Int, message: String) = status to """{"error":"$message"}"""

private fun route(exchange: HttpExchange): Pair<Int, String> {
    // rawPath keeps percent-encoding: split first, then decode each segment.
    val parts = exchange.requestURI.rawPath.trim('/').split('/')
    if (exchange.requestMethod != "GET" || parts.size != 5 || parts[0] != "rtc") {
        return error(404, "use GET /rtc/:channelName/:role/:tokenType/:uid/?expiry=3600")
    }
    // URLDecoder turns '+' into a space: protect it, '+' is allowed in channel names.
    val decode = { s: String -> URLDecoder.decode(s.replace("+", "%2B"), Charsets.UTF_8) }
    val channelName = decode(parts[1])
    val user = decode(parts[4])
    val role = when (parts[2]) {
        "publisher" -> Role.ROLE_PUBLISHER
        "subscriber" -> Role.ROLE_SUBSCRIBER
        else -> return error(400, "role must be publisher or subscriber")
    }
    val expiry = exchange.requestURI.rawQuery.orEmpty().split('&')
        .firstNotNullOfOrNull { it.removePrefix("expiry=").takeIf { v -> v != it } } ?: "3600"
    val seconds = expiry.takeIf { Regex("\\d{1,5}").matches(it) }?.toInt()?.takeIf { it in 1..86_400 }
        ?: return error(400, "expiry must be whole seconds from 1 to 86400")

    val builder = RtcTokenBuilder2()
    val token = when (parts[3]) {
        "uid" -> {
            val uid = parseUid(user) ?: return error(400, "uid must be a whole number from 0 to 4294967295")
            builder.buildTokenWithUid(appId, appCertificate, channelName, uid, role, seconds, seconds)
        }
        "userAccount" -> builder.buildTokenWithUserAccount(appId, appCertificate, channelName, user, role, seconds, seconds)
        else -> return error(400, "tokenType must be uid or userAccount")
    }
    // A token is base64 text: it needs no JSON escaping.
    return 200 to """{"rtcToken":"$token"}"""
}

private fun send(exchange: HttpExchange, status: Int, json: String) {
    val body = json.toByteArray(Charsets.UTF_8)
    exchange.responseHeaders.set("Content-Type", "application/json")
    exchange.responseHeaders.set("Cache-Control", "no-store") // tokens must never be cached
    exchange.sendResponseHeaders(status, body.size.toLong())
    exchange.responseBody.use { it.write(body) }
}
