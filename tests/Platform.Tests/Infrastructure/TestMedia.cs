using System.Buffers.Binary;
using System.Text;

namespace KooMessage.Platform.Tests.Infrastructure;

/// <summary>Small audio, video and GIF files whose headers carry real durations and sizes, for video SMS resources.</summary>
public static class TestMedia
{
    public static byte[] Gif(int width, int height)
    {
        var bytes = new byte[64];
        "GIF89a"u8.CopyTo(bytes);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(6), (ushort)width);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(8), (ushort)height);
        bytes[^1] = 0x3B;
        return bytes;
    }

    /// <summary>16-bit mono PCM at 8 kHz (16,000 bytes a second), silent.</summary>
    public static byte[] Wav(int milliseconds)
    {
        var data = 16 * milliseconds;
        var bytes = new byte[44 + data];
        "RIFF"u8.CopyTo(bytes);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(4), (uint)(36 + data));
        "WAVEfmt "u8.CopyTo(bytes.AsSpan(8));
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(16), 16);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(20), 1);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(22), 1);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(24), 8000);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(28), 16000);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(32), 2);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(34), 16);
        "data"u8.CopyTo(bytes.AsSpan(36));
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(40), (uint)data);
        return bytes;
    }

    /// <summary>An ID3v2 tag, then MPEG-1 Layer III frames at 128 kbit/s, 44.1 kHz, stereo (16,000 bytes a second).</summary>
    public static byte[] Mp3(int milliseconds)
    {
        var tag = new byte[10 + 20];
        "ID3"u8.CopyTo(tag);
        tag[3] = 4;
        tag[9] = 20;
        var audio = new byte[16 * milliseconds];
        // 128 kbit/s at 44.1 kHz: frames of 417 bytes, each starting with the same header.
        for (var i = 0; i + 4 <= audio.Length; i += 417)
            new byte[] { 0xFF, 0xFB, 0x90, 0x00 }.CopyTo(audio, i);
        return [.. tag, .. audio];
    }

    /// <summary>An ISO base media file: ftyp (brand "isom" or "3gp5"), then mdat before moov (not "fast start").</summary>
    public static byte[] Mp4(int width, int height, int milliseconds, bool threeGp = false, int mediaBytes = 2000)
    {
        var ftyp = Box("ftyp", [.. Encoding.ASCII.GetBytes(threeGp ? "3gp5" : "isom"), 0, 0, 2, 0, .. Encoding.ASCII.GetBytes(threeGp ? "3gp5isom" : "isomiso2")]);
        var mdat = Box("mdat", new byte[mediaBytes]);
        var mvhd = new byte[100];
        BinaryPrimitives.WriteUInt32BigEndian(mvhd.AsSpan(12), 1000);
        BinaryPrimitives.WriteUInt32BigEndian(mvhd.AsSpan(16), (uint)milliseconds);
        var audioTkhd = new byte[84];
        var videoTkhd = new byte[84];
        BinaryPrimitives.WriteUInt32BigEndian(videoTkhd.AsSpan(76), (uint)width << 16);
        BinaryPrimitives.WriteUInt32BigEndian(videoTkhd.AsSpan(80), (uint)height << 16);
        var moov = Box("moov", [.. Box("mvhd", mvhd), .. Box("trak", Box("tkhd", audioTkhd)), .. Box("trak", Box("tkhd", videoTkhd))]);
        return [.. ftyp, .. mdat, .. moov];
    }

    /// <summary>A file that starts like an MP4 but has no movie header: its duration cannot be read.</summary>
    public static byte[] Mp4WithoutMovieHeader() => [.. Box("ftyp", "isom\0\0\x02\0isom"u8.ToArray()), .. Box("mdat", new byte[500])];

    private static byte[] Box(string type, byte[] payload)
    {
        var box = new byte[8 + payload.Length];
        BinaryPrimitives.WriteUInt32BigEndian(box, (uint)box.Length);
        Encoding.ASCII.GetBytes(type).CopyTo(box, 4);
        payload.CopyTo(box, 8);
        return box;
    }
}
