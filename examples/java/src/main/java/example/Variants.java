package example;

import io.agora.chat.ChatTokenBuilder2;
import io.agora.media.RtcTokenBuilder2;
import io.agora.media.RtcTokenBuilder2.Role;
import io.agora.rtm.RtmTokenBuilder2;

/**
 * The other tokens a Java server usually needs, one per line as "label: token".
 * Run: APP_ID=... APP_CERTIFICATE=... CHANNEL=demo UID=1234 USER_ACCOUNT=alice java example.Variants
 */
public class Variants {
  public static void main(String[] args) {
    String appId = RtcToken.requireHex32("APP_ID");
    String appCertificate = RtcToken.requireHex32("APP_CERTIFICATE");
    String channelName = System.getenv().getOrDefault("CHANNEL", "demo");
    int uid = (int) Long.parseLong(System.getenv().getOrDefault("UID", "1234")); // see RtcToken
    String account = System.getenv().getOrDefault("USER_ACCOUNT", "alice");
    int expire = 3600; // seconds from now

    RtcTokenBuilder2 rtc = new RtcTokenBuilder2();

    // 1. A string user account instead of a numeric uid. The client must join with the same string.
    String userAccount = rtc.buildTokenWithUserAccount(
        appId, appCertificate, channelName, account, Role.ROLE_PUBLISHER, expire, expire);

    // 2. Audience: may join, may not publish (enforced once co-host authentication is enabled).
    String subscriber = rtc.buildTokenWithUid(
        appId, appCertificate, channelName, uid, Role.ROLE_SUBSCRIBER, expire, expire);

    // 3. Co-host authentication: publishing ends after 10 minutes, joining after an hour.
    // Java has no separate name for this builder: it is the overload with five expiries.
    int publishFor = 600;
    String coHost = rtc.buildTokenWithUid(
        appId, appCertificate, channelName, uid, expire, expire, publishFor, publishFor, publishFor);

    // 4. Signaling (RTM) login for the same person, keyed by a string user id.
    String rtm = new RtmTokenBuilder2().buildToken(appId, appCertificate, account, expire);

    // 5. Chat user token.
    String chat = new ChatTokenBuilder2().buildUserToken(appId, appCertificate, account, expire);

    System.out.println("user-account: " + userAccount);
    System.out.println("subscriber: " + subscriber);
    System.out.println("co-host: " + coHost);
    System.out.println("rtm: " + rtm);
    System.out.println("chat-user: " + chat);
  }
}
