using System.Buffers.Binary;

namespace KooMessage.Platform.Files;

/// <summary>
/// MP4 and 3GP (ISO base media files): boxes of a big-endian size and a four-letter type, the first
/// being "ftyp" with the major brand ("3gp…"/"3g2…" for 3GP). The duration is the movie header's
/// (moov/mvhd) over its timescale; the pixel size is the first track header (moov/trak/tkhd) with
/// one. The "moov" box may follow the media data, so the whole file is walked box by box. Pure.
/// </summary>
public static class IsoMediaHeader
{
    /// <summary>The kind a file starting with an "ftyp" box is, or null for any other file.</summary>
    public static FileKind? BrandOf(ReadOnlySpan<byte> head)
    {
        if (head.Length < 12 || !head[4..8].SequenceEqual("ftyp"u8))
            return null;
        var brand = head[8..12];
        return brand.StartsWith("3gp"u8) || brand.StartsWith("3g2"u8) ? FileKind.ThreeGp : FileKind.Mpeg4;
    }

    public static MediaInfo? TryRead(ReadOnlySpan<byte> content)
    {
        if (BrandOf(content) is null || !FindBox(content, "moov"u8, out var moov, out _) || !FindBox(moov, "mvhd"u8, out var mvhd, out _) || mvhd.Length < 20)
            return null;
        var version1 = mvhd[0] == 1;
        if (version1 && mvhd.Length < 32)
            return null;
        var timescale = BinaryPrimitives.ReadUInt32BigEndian(mvhd[(version1 ? 20 : 12)..]);
        var duration = version1 ? BinaryPrimitives.ReadUInt64BigEndian(mvhd[24..]) : BinaryPrimitives.ReadUInt32BigEndian(mvhd[16..]);
        if (timescale == 0)
            return null;
        int? width = null, height = null;
        var tracks = moov;
        while (FindBox(tracks, "trak"u8, out var trak, out var rest))
        {
            tracks = rest;
            // Width and height close the track header as 16.16 fixed-point numbers.
            if (FindBox(trak, "tkhd"u8, out var tkhd, out _) && tkhd.Length >= 84 && BinaryPrimitives.ReadUInt32BigEndian(tkhd[^8..]) >> 16 is > 0 and var w)
            {
                (width, height) = ((int)w, (int)(BinaryPrimitives.ReadUInt32BigEndian(tkhd[^4..]) >> 16));
                break;
            }
        }
        return new MediaInfo(width, height, (int)Math.Min(int.MaxValue, (double)duration * 1000 / timescale));
    }

    /// <summary>The payload of the first box of <paramref name="type"/> among sibling boxes, and what follows it.</summary>
    private static bool FindBox(ReadOnlySpan<byte> boxes, ReadOnlySpan<byte> type, out ReadOnlySpan<byte> payload, out ReadOnlySpan<byte> rest)
    {
        payload = rest = default;
        // Each step advances by at least the 8-byte box header, so the walk is linear in the file.
        while (boxes.Length >= 8)
        {
            long size = BinaryPrimitives.ReadUInt32BigEndian(boxes);
            var header = 8;
            if (size == 1)
            {
                if (boxes.Length < 16)
                    return false;
                size = (long)Math.Min(BinaryPrimitives.ReadUInt64BigEndian(boxes[8..]), long.MaxValue);
                header = 16;
            }
            else if (size == 0)
                size = boxes.Length;
            if (size < header || size > boxes.Length)
                return false;
            if (boxes[4..8].SequenceEqual(type))
            {
                payload = boxes[header..(int)size];
                rest = boxes[(int)size..];
                return true;
            }
            boxes = boxes[(int)size..];
        }
        return false;
    }
}
