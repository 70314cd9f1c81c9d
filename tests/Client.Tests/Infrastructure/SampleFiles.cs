namespace KooMessage.Client.Tests.Infrastructure;

/// <summary>Small files with real magic bytes: the platform detects types from content, not names.</summary>
internal static class SampleFiles
{
    public static byte[] Png(int size = 300) => Pad([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52], size);

    public static byte[] Pdf(int size = 600) => Pad("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n"u8.ToArray(), size);

    /// <summary>A Windows executable header: what a "renamed .pdf" usually is.</summary>
    public static byte[] Executable(int size = 600) => Pad("MZ"u8.ToArray(), size);

    private static byte[] Pad(byte[] head, int size)
    {
        var bytes = new byte[Math.Max(size, head.Length)];
        Array.Fill(bytes, (byte)0x20);
        head.CopyTo(bytes, 0);
        return bytes;
    }
}
