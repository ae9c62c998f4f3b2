// Prints an RTC token for one user in one channel with Agora's C# token builder.
// Add Agora's project (csharp/src/AgoraIO of AgoraIO/Tools) to your solution and reference it:
//   dotnet add reference path/to/AgoraIO/AgoraIO.csproj
//   APP_ID=... APP_CERTIFICATE=... CHANNEL=demo UID=1234 dotnet run
using System;
using System.Text.RegularExpressions;
using AgoraIO.Media;

public static class RtcToken
{
    public static string RequireHex32(string name)
    {
        string value = Environment.GetEnvironmentVariable(name) ?? "";
        if (!Regex.IsMatch(value, "^[0-9a-fA-F]{32}$"))
        {
            // The builder returns "" instead of throwing when an id is malformed: check first.
            Console.Error.WriteLine($"{name} must be the 32 hex characters shown in Agora Console (got {value.Length} characters).");
            Environment.Exit(1);
        }
        return value;
    }

    public static string Env(string name, string fallback)
    {
        return Environment.GetEnvironmentVariable(name) ?? fallback;
    }

    public static void Main()
    {
        string appId = RequireHex32("APP_ID");
        string appCertificate = RequireHex32("APP_CERTIFICATE");
        string channelName = Env("CHANNEL", "demo");
        string uidText = Env("UID", "1234");
        // uint.TryParse refuses negatives and anything above 4294967295.
        if (!uint.TryParse(uidText, out uint uid))
        {
            Console.Error.WriteLine($"UID must be a whole number from 0 to 4294967295 (got \"{uidText}\").");
            Environment.Exit(1);
        }

        // Both lifetimes are seconds from now, not Unix timestamps. Agora caps a token at 24 hours.
        const uint tokenExpire = 3600;
        const uint privilegeExpire = 3600;

        string token = RtcTokenBuilder2.buildTokenWithUid(
            appId, appCertificate, channelName, uid, RtcTokenBuilder2.Role.RolePublisher, tokenExpire, privilegeExpire);
        Console.WriteLine(token);
    }
}
