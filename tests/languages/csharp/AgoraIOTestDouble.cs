// Test double for Agora's C# token builder (folder csharp/src/AgoraIO of AgoraIO/Tools), written
// for this site's tests from the token format: the same namespace, classes and static entry
// points the samples call, real HMAC-SHA256 (System.Security.Cryptography) and deflate with a
// zlib header and Adler-32 trailer (System.IO.Compression), so it builds with Mono's mcs alone.
// Readers use Agora's project, which gets zlib from the DotNetZip package instead.
using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace AgoraIO.Media
{
    internal class TestToken007
    {
        internal class Service
        {
            public ushort Type;
            public byte[] Fields;
            public SortedDictionary<ushort, uint> Privileges = new SortedDictionary<ushort, uint>();
        }

        static void U16(Stream s, int v) { s.WriteByte((byte)v); s.WriteByte((byte)(v >> 8)); }

        static void U32(Stream s, uint v) { for (int i = 0; i < 32; i += 8) s.WriteByte((byte)(v >> i)); }

        static byte[] Le32(uint v) { var m = new MemoryStream(); U32(m, v); return m.ToArray(); }

        static void Bytes(Stream s, byte[] b) { U16(s, b.Length); s.Write(b, 0, b.Length); }

        internal static byte[] Text(params string[] values)
        {
            var m = new MemoryStream();
            foreach (var v in values) Bytes(m, Encoding.UTF8.GetBytes(v));
            return m.ToArray();
        }

        static byte[] Hmac(byte[] key, byte[] message)
        {
            using (var h = new HMACSHA256(key)) return h.ComputeHash(message);
        }

        static byte[] Zlib(byte[] data)
        {
            var output = new MemoryStream();
            output.WriteByte(0x78);
            output.WriteByte(0x9C);
            using (var deflate = new DeflateStream(output, CompressionMode.Compress, true))
                deflate.Write(data, 0, data.Length);
            uint a = 1, b = 0;
            foreach (var x in data) { a = (a + x) % 65521; b = (b + a) % 65521; }
            var adler = (b << 16) | a;
            for (int i = 24; i >= 0; i -= 8) output.WriteByte((byte)(adler >> i));
            return output.ToArray();
        }

        internal static string Build(string appId, string appCertificate, uint expire, Service service)
        {
            var hex32 = new Regex("^[0-9a-fA-F]{32}$");
            if (appId == null || appCertificate == null || !hex32.IsMatch(appId) || !hex32.IsMatch(appCertificate))
                return "";
            uint issueTs = (uint)DateTimeOffset.UtcNow.ToUnixTimeSeconds();
            var random = new byte[4];
            using (var rng = RandomNumberGenerator.Create()) rng.GetBytes(random);
            uint salt = BitConverter.ToUInt32(random, 0) % 99999999 + 1;

            var info = new MemoryStream();
            Bytes(info, Encoding.UTF8.GetBytes(appId));
            U32(info, issueTs);
            U32(info, expire);
            U32(info, salt);
            U16(info, 1);
            U16(info, service.Type);
            U16(info, service.Privileges.Count);
            foreach (var p in service.Privileges) { U16(info, p.Key); U32(info, p.Value); }
            info.Write(service.Fields, 0, service.Fields.Length);

            var key = Hmac(Le32(salt), Hmac(Le32(issueTs), Encoding.UTF8.GetBytes(appCertificate)));
            var content = new MemoryStream();
            Bytes(content, Hmac(key, info.ToArray()));
            info.WriteTo(content);
            return "007" + Convert.ToBase64String(Zlib(content.ToArray()));
        }
    }

    public class RtcTokenBuilder2
    {
        public enum Role
        {
            RolePublisher = 1,
            RoleSubscriber = 2
        }

        // uid 0 ("any uid") is written as the empty string.
        static string UidText(uint uid) { return uid == 0 ? "" : uid.ToString(); }

        public static string buildTokenWithUid(string appId, string appCertificate, string channelName, uint uid, Role role, uint tokenExpire, uint privilegeExpire)
        {
            return buildTokenWithUserAccount(appId, appCertificate, channelName, UidText(uid), role, tokenExpire, privilegeExpire);
        }

        public static string buildTokenWithUserAccount(string appId, string appCertificate, string channelName, string account, Role role, uint tokenExpire, uint privilegeExpire)
        {
            var service = new TestToken007.Service { Type = 1, Fields = TestToken007.Text(channelName, account) };
            service.Privileges[1] = privilegeExpire;
            if (role == Role.RolePublisher)
                service.Privileges[2] = service.Privileges[3] = service.Privileges[4] = privilegeExpire;
            return TestToken007.Build(appId, appCertificate, tokenExpire, service);
        }

        public static string buildTokenWithUid(string appId, string appCertificate, string channelName, uint uid,
            uint tokenExpire, uint joinChannelPrivilegeExpire, uint pubAudioPrivilegeExpire,
            uint pubVideoPrivilegeExpire, uint pubDataStreamPrivilegeExpire)
        {
            return buildTokenWithUserAccount(appId, appCertificate, channelName, UidText(uid), tokenExpire,
                joinChannelPrivilegeExpire, pubAudioPrivilegeExpire, pubVideoPrivilegeExpire, pubDataStreamPrivilegeExpire);
        }

        public static string buildTokenWithUserAccount(string appId, string appCertificate, string channelName, string account,
            uint tokenExpire, uint joinChannelPrivilegeExpire, uint pubAudioPrivilegeExpire,
            uint pubVideoPrivilegeExpire, uint pubDataStreamPrivilegeExpire)
        {
            var service = new TestToken007.Service { Type = 1, Fields = TestToken007.Text(channelName, account) };
            service.Privileges[1] = joinChannelPrivilegeExpire;
            service.Privileges[2] = pubAudioPrivilegeExpire;
            service.Privileges[3] = pubVideoPrivilegeExpire;
            service.Privileges[4] = pubDataStreamPrivilegeExpire;
            return TestToken007.Build(appId, appCertificate, tokenExpire, service);
        }
    }

    public class RtmTokenBuilder2
    {
        public static string buildToken(string appId, string appCertificate, string userId, uint expire)
        {
            var service = new TestToken007.Service { Type = 2, Fields = TestToken007.Text(userId) };
            service.Privileges[1] = expire;
            return TestToken007.Build(appId, appCertificate, expire, service);
        }
    }

    public class ChatTokenBuilder2
    {
        public static string buildUserToken(string appId, string appCertificate, string userId, uint expire)
        {
            var service = new TestToken007.Service { Type = 5, Fields = TestToken007.Text(userId) };
            service.Privileges[1] = expire;
            return TestToken007.Build(appId, appCertificate, expire, service);
        }

        public static string buildAppToken(string appId, string appCertificate, uint expire)
        {
            var service = new TestToken007.Service { Type = 5, Fields = TestToken007.Text("") };
            service.Privileges[2] = expire;
            return TestToken007.Build(appId, appCertificate, expire, service);
        }
    }
}
