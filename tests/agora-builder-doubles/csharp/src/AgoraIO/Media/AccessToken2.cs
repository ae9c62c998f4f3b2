// Test double for Agora's C# token builder: encodes and signs a version 007 token with one service.
// The using lines are those of Agora's Media/AccessToken2.cs.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace AgoraIO.Media
{
    public class AccessToken2
    {
        public static short SERVICE_TYPE_RTC = 1;
        public static short SERVICE_TYPE_RTM = 2;
        public static short SERVICE_TYPE_CHAT = 5;

        public class Service
        {
            public ushort Type;
            public List<string> Fields = new List<string>();
            public SortedDictionary<ushort, uint> Privileges = new SortedDictionary<ushort, uint>();

            public Service(short type, params string[] fields)
            {
                Type = (ushort)type;
                Fields.AddRange(fields);
            }

            public void addPrivilege(ushort privilege, uint expire)
            {
                Privileges[privilege] = expire;
            }
        }

        private readonly string _appId;
        private readonly string _appCert;
        private readonly uint _expire;
        private readonly uint _issueTs;
        private readonly uint _salt;
        private readonly List<Service> _services = new List<Service>();

        public AccessToken2(string appId, string appCert, uint expire)
        {
            _appId = appId;
            _appCert = appCert;
            _expire = expire;
            _issueTs = (uint)Utils.getTimestamp();
            _salt = (uint)Utils.randomInt();
        }

        // uid 0 ("any uid") is written as the empty string.
        public static string getUidStr(uint uid)
        {
            return uid == 0 ? "" : uid.ToString(CultureInfo.InvariantCulture);
        }

        public void addService(Service service)
        {
            _services.Add(service);
        }

        private static byte[] hmac(byte[] key, byte[] message)
        {
            using (var h = new HMACSHA256(key)) return h.ComputeHash(message);
        }

        // "" rather than an exception for a malformed App ID or certificate, as Agora's builder does.
        public string build()
        {
            if (!Utils.isUUID(_appId) || !Utils.isUUID(_appCert) || _services.Count == 0) return "";
            var info = new ByteBuf().put(Encoding.UTF8.GetBytes(_appId)).put(_issueTs).put(_expire).put(_salt)
                .put((ushort)_services.Count);
            foreach (var service in _services.OrderBy(s => s.Type))
            {
                info.put(service.Type).put((ushort)service.Privileges.Count);
                foreach (var p in service.Privileges) info.put(p.Key).put(p.Value);
                foreach (var field in service.Fields) info.put(Encoding.UTF8.GetBytes(field));
            }
            // The certificate is keyed as text, not hex-decoded.
            byte[] key = hmac(BitConverter.GetBytes(_salt), hmac(BitConverter.GetBytes(_issueTs), Encoding.UTF8.GetBytes(_appCert)));
            byte[] signed = info.asBytes();
            var content = new ByteBuf().put(hmac(key, signed)).putRaw(signed);
            return "007" + Utils.base64Encode(Utils.compress(content.asBytes()));
        }
    }
}
