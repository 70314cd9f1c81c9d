using System.Buffers.Binary;

namespace KooMessage.Platform.Files;

/// <summary>
/// WAV (RIFF/WAVE): "RIFF", a size, "WAVE", then chunks (id, little-endian size, payload padded to
/// even). The duration is the data chunk's size over the fmt chunk's byte rate. Pure.
/// </summary>
public static class WavHeader
{
    public static bool IsWav(ReadOnlySpan<byte> head) => head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WAVE"u8);

    /// <returns>Milliseconds, or null when there is no readable fmt chunk before a data chunk.</returns>
    public static int? TryReadDuration(ReadOnlySpan<byte> content)
    {
        if (!IsWav(content))
            return null;
        uint byteRate = 0;
        long position = 12;
        // Each step advances by at least the 8-byte chunk header, so the walk is linear in the file.
        while (position + 8 <= content.Length)
        {
            var id = content.Slice((int)position, 4);
            var size = BinaryPrimitives.ReadUInt32LittleEndian(content[((int)position + 4)..]);
            var payload = position + 8;
            if (id.SequenceEqual("fmt "u8))
            {
                if (size < 16 || payload + 16 > content.Length)
                    return null;
                byteRate = BinaryPrimitives.ReadUInt32LittleEndian(content[((int)payload + 8)..]);
            }
            else if (id.SequenceEqual("data"u8))
            {
                if (byteRate == 0)
                    return null;
                // A streaming writer may leave the size open (0xFFFFFFFF): what the file holds counts then.
                var bytes = Math.Min(size, content.Length - payload);
                return (int)Math.Min(int.MaxValue, bytes * 1000 / byteRate);
            }
            position = payload + size + (size & 1);
        }
        return null;
    }
}
