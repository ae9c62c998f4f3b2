// Test double for Agora's C# token builder: time, salt, base64, id check and zlib, with zlib from
// SharpZipLib like Agora's project (the tests reference Debian's build of that library).
using System;
using System.Text.RegularExpressions;
using System.IO;
using ICSharpCode.SharpZipLib.Zip.Compression.Streams;

namespace AgoraIO.Media
{
    public class Utils
    {
        public static int getTimestamp()
        {
            return (int)DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        }

        public static int randomInt()
        {
            return new Random().Next();
        }

        public static string base64Encode(byte[] data)
        {
            return Convert.ToBase64String(data);
        }

        // 32 hexadecimal characters, as App IDs and App Certificates are.
        public static bool isUUID(string uuid)
        {
            return uuid != null && Regex.IsMatch(uuid, "^[0-9a-fA-F]{32}$");
        }

        // zlib: header, deflate, Adler-32.
        public static byte[] compress(byte[] data)
        {
            using (var output = new MemoryStream())
            {
                using (var zlib = new DeflaterOutputStream(output))
                {
                    zlib.Write(data, 0, data.Length);
                }
                return output.ToArray();
            }
        }
    }
}
