// Test double for Agora's C# token builder (csharp/src/AgoraIO of AgoraIO/Tools), written for this
// site's tests from the token format. Little-endian packing of the token's fields.
using System.Collections.Generic;

namespace AgoraIO.Media
{
    public class ByteBuf
    {
        private readonly List<byte> _bytes = new List<byte>();

        public byte[] asBytes()
        {
            return _bytes.ToArray();
        }

        public ByteBuf put(ushort v)
        {
            _bytes.Add((byte)v);
            _bytes.Add((byte)(v >> 8));
            return this;
        }

        public ByteBuf put(uint v)
        {
            for (int shift = 0; shift < 32; shift += 8) _bytes.Add((byte)(v >> shift));
            return this;
        }

        // A u16 length, then the bytes.
        public ByteBuf put(byte[] v)
        {
            put((ushort)v.Length);
            _bytes.AddRange(v);
            return this;
        }

        public ByteBuf putRaw(byte[] v)
        {
            _bytes.AddRange(v);
            return this;
        }
    }
}
