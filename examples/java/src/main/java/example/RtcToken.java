package example;

import io.agora.media.RtcTokenBuilder2;
import io.agora.media.RtcTokenBuilder2.Role;

/**
 * Prints an RTC token for one user in one channel, built with Agora's official
 * io.agora:authentication library.
 * Run: APP_ID=... APP_CERTIFICATE=... CHANNEL=demo UID=1234 java example.RtcToken
 */
public class RtcToken {
  public static void main(String[] args) {
    String appId = requireHex32("APP_ID");
    String appCertificate = requireHex32("APP_CERTIFICATE");
    String channelName = System.getenv().getOrDefault("CHANNEL", "demo");
    String uidText = System.getenv().getOrDefault("UID", "1234");

    // A uid is unsigned 32-bit (up to 4294967295) but the builder takes a Java int: parse it as a
    // long, check the range, then cast. The cast keeps the same 32 bits, and the library writes
    // them back as the unsigned decimal number.
    long uidLong;
    try {
      uidLong = Long.parseLong(uidText);
    } catch (NumberFormatException e) {
      uidLong = -1;
    }
    if (uidLong < 0 || uidLong > 0xFFFFFFFFL) {
      System.err.println("UID must be a whole number from 0 to 4294967295 (got \"" + uidText + "\").");
      System.exit(1);
    }
    int uid = (int) uidLong;

    // Both lifetimes are seconds from now, not Unix timestamps. Agora caps a token at 24 hours.
    int tokenExpire = 3600;
    int privilegeExpire = 3600;

    String token = new RtcTokenBuilder2().buildTokenWithUid(
        appId, appCertificate, channelName, uid, Role.ROLE_PUBLISHER, tokenExpire, privilegeExpire);
    System.out.println(token);
  }

  static String requireHex32(String name) {
    String value = System.getenv().getOrDefault(name, "");
    if (!value.matches("[0-9a-fA-F]{32}")) {
      System.err.println(name + " must be the 32 hex characters shown in Agora Console (got "
          + value.length() + " characters).");
      System.exit(1);
    }
    return value;
  }
}
