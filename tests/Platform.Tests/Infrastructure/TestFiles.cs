using System.Text;

namespace KooMessage.Platform.Tests.Infrastructure;

/// <summary>Small real files (valid magic bytes) for upload tests.</summary>
public static class TestFiles
{
    public static byte[] Pdf(int size = 600) => Pad("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n"u8.ToArray(), size);

    public static byte[] Png(int size = 300) => Pad([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52], size);

    public static byte[] Jpeg(int size = 300) => Pad([0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 0x4A, 0x46, 0x49, 0x46], size);

    public static byte[] Bmp(int size = 300) => Pad("BM"u8.ToArray(), size);

    public static byte[] Zip(int size = 300) => Pad([0x50, 0x4B, 0x03, 0x04, 20, 0], size);

    public static byte[] Rar(int size = 300) => Pad([0x52, 0x61, 0x72, 0x21, 0x1A, 0x07, 0x00], size);

    /// <summary>A Windows executable header: what a "renamed .pdf" attack usually is.</summary>
    public static byte[] Executable(int size = 600) => Pad("MZ"u8.ToArray(), size, fill: 0x00);

    public static byte[] Csv(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] Pad(byte[] head, int size, byte fill = 0x20)
    {
        var bytes = new byte[Math.Max(size, head.Length)];
        Array.Fill(bytes, fill);
        head.CopyTo(bytes, 0);
        return bytes;
    }
}
