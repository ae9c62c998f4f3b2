// A token endpoint with .NET's HttpListener, compatible with the reference server's
//   GET /rtc/:channelName/:role/:tokenType/:uid/?expiry=3600  ->  {"rtcToken": "007..."}
// (In an ASP.NET Core app, map the same route with app.MapGet and keep the handler body.)
//   APP_ID=... APP_CERTIFICATE=... PORT=8080 dotnet run
using System;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AgoraIO.Media;

public static class TokenServer
{
    static readonly string AppId = RtcToken.RequireHex32("APP_ID");
    static readonly string AppCertificate = RtcToken.RequireHex32("APP_CERTIFICATE");

    public static void Main()
    {
        string port = RtcToken.Env("PORT", "8080");
        var listener = new HttpListener();
        listener.Prefixes.Add($"http://localhost:{port}/");
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        Console.WriteLine($"Token server listening on http://localhost:{port}");
        while (true)
        {
            var context = listener.GetContext();
            var (status, key, value) = Handle(context.Request);
            var body = Encoding.UTF8.GetBytes($"{{\"{key}\":\"{value}\"}}");
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            context.Response.Headers["Cache-Control"] = "no-store"; // tokens must never be cached
            context.Response.OutputStream.Write(body, 0, body.Length);
            context.Response.Close();
        }
    }

    // Returns (status, JSON key, value). Error texts are fixed and tokens are base64: no escaping needed.
    static (int, string, string) Handle(HttpListenerRequest request)
    {
        // RawUrl is the path exactly as sent: split it first, then decode each segment.
        string[] parts = request.RawUrl.Split('?')[0].Trim('/').Split('/');
        if (request.HttpMethod != "GET" || parts.Length != 5 || parts[0] != "rtc")
            return (404, "error", "use GET /rtc/:channelName/:role/:tokenType/:uid/?expiry=3600");
        string channelName = Uri.UnescapeDataString(parts[1]);
        string role = parts[2], tokenType = parts[3];
        string user = Uri.UnescapeDataString(parts[4]);

        if (role != "publisher" && role != "subscriber")
            return (400, "error", "role must be publisher or subscriber");
        string expiry = request.QueryString["expiry"] ?? "3600";
        if (!Regex.IsMatch(expiry, "^[0-9]{1,5}$") || uint.Parse(expiry) < 1 || uint.Parse(expiry) > 86400)
            return (400, "error", "expiry must be whole seconds from 1 to 86400");
        uint seconds = uint.Parse(expiry);
        var rtcRole = role == "publisher" ? RtcTokenBuilder2.Role.RolePublisher : RtcTokenBuilder2.Role.RoleSubscriber;

        if (tokenType == "uid")
        {
            if (!Regex.IsMatch(user, "^[0-9]{1,10}$") || !uint.TryParse(user, out uint uid))
                return (400, "error", "uid must be a whole number from 0 to 4294967295");
            return (200, "rtcToken", RtcTokenBuilder2.buildTokenWithUid(AppId, AppCertificate, channelName, uid, rtcRole, seconds, seconds));
        }
        if (tokenType == "userAccount")
            return (200, "rtcToken", RtcTokenBuilder2.buildTokenWithUserAccount(AppId, AppCertificate, channelName, user, rtcRole, seconds, seconds));
        return (400, "error", "tokenType must be uid or userAccount");
    }
}
