using System.Buffers.Binary;

namespace KooMessage.Platform.Tests.Infrastructure;

/// <summary>PNG and JPEG files whose headers carry a real pixel size, for shape rules (square logos, 16:9 backgrounds).</summary>
public static class TestImages
{
    /// <summary>PNG signature and IHDR chunk (width, height, 8-bit RGB), padded.</summary>
    public static byte[] Png(int width, int height, int size = 400)
    {
        var bytes = new byte[Math.Max(size, 33)];
        byte[] signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        signature.CopyTo(bytes, 0);
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(8), 13);
        "IHDR"u8.CopyTo(bytes.AsSpan(12));
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(16), (uint)width);
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(20), (uint)height);
        bytes[24] = 8;
        bytes[25] = 2;
        return bytes;
    }

    /// <summary>SOI, a JFIF APP0 segment, an EXIF-sized APP1 segment, then SOF0 with the size.</summary>
    public static byte[] Jpeg(int width, int height, int exifBytes = 2000)
    {
        var data = new List<byte> { 0xFF, 0xD8 };
        data.AddRange([0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00]);
        data.AddRange([0xFF, 0xE1, (byte)((exifBytes + 2) >> 8), (byte)((exifBytes + 2) & 0xFF)]);
        data.AddRange(new byte[exifBytes]);
        data.AddRange([0xFF, 0xC0, 0x00, 0x11, 0x08, (byte)(height >> 8), (byte)height, (byte)(width >> 8), (byte)width, 0x03]);
        data.AddRange(new byte[9]);
        data.AddRange([0xFF, 0xD9]);
        return data.ToArray();
    }
}
