using System.Buffers.Binary;

namespace KooMessage.Platform.Files;

/// <summary>
/// Reads the pixel size of a PNG, JPEG or GIF from its header (PNG's IHDR chunk; JPEG's first
/// start-of-frame segment; GIF's logical screen descriptor), so shape rules (a square logo, a 16:9 background) hold for the image
/// itself rather than for what a client claims. Pure.
/// </summary>
public static class ImageHeader
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static bool TryReadSize(ReadOnlySpan<byte> image, out int width, out int height)
    {
        width = height = 0;
        if (image.StartsWith(PngSignature))
            return TryReadPng(image, out width, out height);
        if (image.Length >= 2 && image[0] == 0xFF && image[1] == 0xD8)
            return TryReadJpeg(image, out width, out height);
        if (image.StartsWith("GIF87a"u8) || image.StartsWith("GIF89a"u8))
            return TryReadGif(image, out width, out height);
        return false;
    }

    /// <summary>The signature is followed by the IHDR chunk: length 13, "IHDR", width and height (big-endian).</summary>
    private static bool TryReadPng(ReadOnlySpan<byte> image, out int width, out int height)
    {
        width = height = 0;
        if (image.Length < 24 || BinaryPrimitives.ReadUInt32BigEndian(image[8..]) != 13 || !image[12..16].SequenceEqual("IHDR"u8))
            return false;
        var w = BinaryPrimitives.ReadUInt32BigEndian(image[16..]);
        var h = BinaryPrimitives.ReadUInt32BigEndian(image[20..]);
        if (w is 0 or > int.MaxValue || h is 0 or > int.MaxValue)
            return false;
        (width, height) = ((int)w, (int)h);
        return true;
    }

    /// <summary>The six-byte signature is followed by the logical screen's width and height (little-endian).</summary>
    private static bool TryReadGif(ReadOnlySpan<byte> image, out int width, out int height)
    {
        width = height = 0;
        if (image.Length < 13)
            return false;
        width = BinaryPrimitives.ReadUInt16LittleEndian(image[6..]);
        height = BinaryPrimitives.ReadUInt16LittleEndian(image[8..]);
        return width > 0 && height > 0;
    }

    /// <summary>Walks the marker segments after SOI until a start-of-frame (SOF0–SOF15 except DHT, JPG, DAC).</summary>
    private static bool TryReadJpeg(ReadOnlySpan<byte> image, out int width, out int height)
    {
        width = height = 0;
        var position = 2;
        while (position + 4 <= image.Length)
        {
            if (image[position] != 0xFF)
                return false;
            var marker = image[position + 1];
            if (marker == 0xFF)
            {
                // Fill byte before a marker.
                position++;
                continue;
            }
            if (marker is 0x01 or (>= 0xD0 and <= 0xD7))
            {
                // Markers without a length.
                position += 2;
                continue;
            }
            if (marker is 0xD9 or 0xDA)
                return false;
            var length = BinaryPrimitives.ReadUInt16BigEndian(image[(position + 2)..]);
            if (length < 2)
                return false;
            if (marker is >= 0xC0 and <= 0xCF and not (0xC4 or 0xC8 or 0xCC))
            {
                if (length < 7 || position + 9 > image.Length)
                    return false;
                height = BinaryPrimitives.ReadUInt16BigEndian(image[(position + 5)..]);
                width = BinaryPrimitives.ReadUInt16BigEndian(image[(position + 7)..]);
                return width > 0 && height > 0;
            }
            position += 2 + length;
        }
        return false;
    }
}
