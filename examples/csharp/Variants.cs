// The other tokens a C# server usually needs, one per line as "label: token".
//   APP_ID=... APP_CERTIFICATE=... CHANNEL=demo UID=1234 USER_ACCOUNT=alice dotnet run
using System;
using AgoraIO.Media;

public static class Variants
{
    public static void Main()
    {
        string appId = RtcToken.RequireHex32("APP_ID");
        string appCertificate = RtcToken.RequireHex32("APP_CERTIFICATE");
        string channelName = RtcToken.Env("CHANNEL", "demo");
        uint uid = uint.Parse(RtcToken.Env("UID", "1234"));
        string account = RtcToken.Env("USER_ACCOUNT", "alice");
        const uint expire = 3600; // seconds from now

        // 1. A string user account instead of a numeric uid. The client must join with the same string.
        string userAccount = RtcTokenBuilder2.buildTokenWithUserAccount(
            appId, appCertificate, channelName, account, RtcTokenBuilder2.Role.RolePublisher, expire, expire);

        // 2. Audience: may join, may not publish (enforced once co-host authentication is enabled).
        string subscriber = RtcTokenBuilder2.buildTokenWithUid(
            appId, appCertificate, channelName, uid, RtcTokenBuilder2.Role.RoleSubscriber, expire, expire);

        // 3. Co-host authentication: publishing ends after 10 minutes, joining after an hour.
        // C# has no separate name for this builder: it is the overload with five expiries.
        const uint publishFor = 600;
        string coHost = RtcTokenBuilder2.buildTokenWithUid(
            appId, appCertificate, channelName, uid, expire, expire, publishFor, publishFor, publishFor);

        // 4. Signaling (RTM) login for the same person, keyed by a string user id.
        string rtm = RtmTokenBuilder2.buildToken(appId, appCertificate, account, expire);

        // 5. Chat user token.
        string chat = ChatTokenBuilder2.buildUserToken(appId, appCertificate, account, expire);

        Console.WriteLine($"user-account: {userAccount}");
        Console.WriteLine($"subscriber: {subscriber}");
        Console.WriteLine($"co-host: {coHost}");
        Console.WriteLine($"rtm: {rtm}");
        Console.WriteLine($"chat-user: {chat}");
    }
}
