using System.Buffers.Binary;

namespace KooMessage.Platform.Files;

/// <summary>
/// MP3 (MPEG Layer III): an optional ID3v2 tag, then frames whose 4-byte headers give bitrate and
/// sample rate. The duration comes from a Xing/Info header's frame count when the first frame carries
/// one (VBR), else from the bitrate over the audio's size (CBR). Only Layer III headers count, so UTF-16
/// text (FF FE) and JPEG (FF D8) are never taken for audio. Pure.
/// </summary>
public static class Mp3Header
{
    private static readonly int[] Mpeg1Bitrates = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];
    private static readonly int[] Mpeg2Bitrates = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160];
    private static readonly int[][] SampleRates = [[11025, 12000, 8000], [], [22050, 24000, 16000], [44100, 48000, 32000]];

    public static bool IsMp3(ReadOnlySpan<byte> head) => head.StartsWith("ID3"u8) || TryReadFrame(head, out _);

    /// <returns>Milliseconds, or null when no valid frame header follows the tag.</returns>
    public static int? TryReadDuration(ReadOnlySpan<byte> content)
    {
        var start = TagLength(content);
        if (start is null || start >= content.Length || !TryReadFrame(content[(int)start..], out var frame))
            return null;
        var audio = content[(int)start..];
        var xing = 4 + frame.SideInfoLength;
        if (audio.Length >= xing + 12 && (audio[xing..].StartsWith("Xing"u8) || audio[xing..].StartsWith("Info"u8))
            && (BinaryPrimitives.ReadUInt32BigEndian(audio[(xing + 4)..]) & 1) == 1)
        {
            var frames = BinaryPrimitives.ReadUInt32BigEndian(audio[(xing + 8)..]);
            return (int)Math.Min(int.MaxValue, frames * (long)frame.SamplesPerFrame * 1000 / frame.SampleRate);
        }
        return (int)Math.Min(int.MaxValue, audio.Length * 8000L / frame.Bitrate);
    }

    /// <summary>The ID3v2 tag's length (header, synch-safe size, footer), 0 without a tag, null when malformed.</summary>
    private static long? TagLength(ReadOnlySpan<byte> content)
    {
        if (!content.StartsWith("ID3"u8))
            return 0;
        if (content.Length < 10 || (content[6] | content[7] | content[8] | content[9]) >= 0x80)
            return null;
        long size = (content[6] << 21) | (content[7] << 14) | (content[8] << 7) | content[9];
        return 10 + size + ((content[5] & 0x10) != 0 ? 10 : 0);
    }

    private static bool TryReadFrame(ReadOnlySpan<byte> bytes, out Frame frame)
    {
        frame = default;
        if (bytes.Length < 4 || bytes[0] != 0xFF || (bytes[1] & 0xE0) != 0xE0)
            return false;
        var version = (bytes[1] >> 3) & 3;
        var layer = (bytes[1] >> 1) & 3;
        var bitrateIndex = bytes[2] >> 4;
        var sampleRateIndex = (bytes[2] >> 2) & 3;
        if (version == 1 || layer != 1 || bitrateIndex is 0 or 15 || sampleRateIndex == 3)
            return false;
        var mpeg1 = version == 3;
        var mono = (bytes[3] >> 6) == 3;
        frame = new Frame(
            (mpeg1 ? Mpeg1Bitrates : Mpeg2Bitrates)[bitrateIndex] * 1000,
            SampleRates[version][sampleRateIndex],
            mpeg1 ? 1152 : 576,
            mpeg1 ? (mono ? 17 : 32) : (mono ? 9 : 17));
        return true;
    }

    private readonly record struct Frame(int Bitrate, int SampleRate, int SamplesPerFrame, int SideInfoLength);
}
