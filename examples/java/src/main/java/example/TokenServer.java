package example;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.agora.media.RtcTokenBuilder2;
import io.agora.media.RtcTokenBuilder2.Role;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * A token endpoint with the JDK's built-in HTTP server, compatible with the reference server's
 *   GET /rtc/:channelName/:role/:tokenType/:uid/?expiry=3600  ->  {"rtcToken": "007..."}
 * Run: APP_ID=... APP_CERTIFICATE=... PORT=8080 java example.TokenServer
 */
public class TokenServer {
  static final String APP_ID = RtcToken.requireHex32("APP_ID");
  static final String APP_CERTIFICATE = RtcToken.requireHex32("APP_CERTIFICATE");

  public static void main(String[] args) throws IOException {
    int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "8080"));
    HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
    server.createContext("/", TokenServer::handle);
    server.start();
    System.out.println("Token server listening on http://localhost:" + port);
  }

  static void handle(HttpExchange exchange) throws IOException {
    // getRawPath keeps percent-encoding: split first, then decode each segment.
    String[] parts = exchange.getRequestURI().getRawPath().replaceAll("^/+|/+$", "").split("/");
    if (!"GET".equals(exchange.getRequestMethod()) || parts.length != 5 || !"rtc".equals(parts[0])) {
      send(exchange, 404, "{\"error\":\"use GET /rtc/:channelName/:role/:tokenType/:uid/?expiry=3600\"}");
      return;
    }
    String channelName = URLDecoder.decode(parts[1].replace("+", "%2B"), StandardCharsets.UTF_8);
    String role = parts[2];
    String tokenType = parts[3];
    String user = URLDecoder.decode(parts[4].replace("+", "%2B"), StandardCharsets.UTF_8);

    String expiry = "3600";
    String query = exchange.getRequestURI().getRawQuery();
    if (query != null) {
      for (String pair : query.split("&")) {
        if (pair.startsWith("expiry=")) expiry = pair.substring("expiry=".length());
      }
    }

    if (!role.equals("publisher") && !role.equals("subscriber")) {
      send(exchange, 400, "{\"error\":\"role must be publisher or subscriber\"}");
      return;
    }
    if (!expiry.matches("\\d{1,5}") || Integer.parseInt(expiry) < 1 || Integer.parseInt(expiry) > 86400) {
      send(exchange, 400, "{\"error\":\"expiry must be whole seconds from 1 to 86400\"}");
      return;
    }
    int seconds = Integer.parseInt(expiry);
    Role rtcRole = role.equals("publisher") ? Role.ROLE_PUBLISHER : Role.ROLE_SUBSCRIBER;
    RtcTokenBuilder2 builder = new RtcTokenBuilder2();

    String token;
    if (tokenType.equals("uid")) {
      if (!user.matches("\\d{1,10}") || Long.parseLong(user) > 0xFFFFFFFFL) {
        send(exchange, 400, "{\"error\":\"uid must be a whole number from 0 to 4294967295\"}");
        return;
      }
      int uid = (int) Long.parseLong(user); // unsigned 32-bit value in a signed int, see RtcToken
      token = builder.buildTokenWithUid(APP_ID, APP_CERTIFICATE, channelName, uid, rtcRole, seconds, seconds);
    } else if (tokenType.equals("userAccount")) {
      token = builder.buildTokenWithUserAccount(APP_ID, APP_CERTIFICATE, channelName, user, rtcRole, seconds, seconds);
    } else {
      send(exchange, 400, "{\"error\":\"tokenType must be uid or userAccount\"}");
      return;
    }
    // A token is base64 text: it needs no JSON escaping.
    send(exchange, 200, "{\"rtcToken\":\"" + token + "\"}");
  }

  static void send(HttpExchange exchange, int status, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
