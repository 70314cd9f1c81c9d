using System.Text;
using KooMessage.Platform.Files;
using KooMessage.Platform.Tests.Infrastructure;

namespace KooMessage.Platform.Tests.Files;

public sealed class MediaHeaderTests
{
    public static TheoryData<byte[], FileKind> Kinds => new()
    {
        { TestMedia.Gif(320, 240), FileKind.Gif },
        { TestMedia.Wav(1500), FileKind.Wav },
        { TestMedia.Mp3(2000), FileKind.Mpeg },
        { TestMedia.Mp3(2000)[30..], FileKind.Mpeg },
        { TestMedia.Mp4(640, 360, 5000), FileKind.Mpeg4 },
        { TestMedia.Mp4(176, 144, 3000, threeGp: true), FileKind.ThreeGp },
        { [0xFF, 0xFE, 0x31, 0x00, 0x33, 0x00], FileKind.Text },
        { TestFiles.Jpeg(), FileKind.Jpeg },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Audio_and_video_are_recognised_by_their_first_box_or_frame(byte[] content, FileKind expected)
        => Assert.Equal(expected, FileTypeDetector.Detect(content));

    [Fact]
    public void Sizes_and_durations_come_from_the_headers()
    {
        Assert.Equal(new MediaInfo(320, 240, null), MediaHeader.TryRead(FileKind.Gif, TestMedia.Gif(320, 240)));
        Assert.Equal(new MediaInfo(null, null, 1500), MediaHeader.TryRead(FileKind.Wav, TestMedia.Wav(1500)));
        Assert.Equal(new MediaInfo(null, null, 2000), MediaHeader.TryRead(FileKind.Mpeg, TestMedia.Mp3(2000)));
        Assert.Equal(new MediaInfo(640, 360, 5000), MediaHeader.TryRead(FileKind.Mpeg4, TestMedia.Mp4(640, 360, 5000)));
        Assert.Equal(new MediaInfo(176, 144, 3000), MediaHeader.TryRead(FileKind.ThreeGp, TestMedia.Mp4(176, 144, 3000, threeGp: true)));
        Assert.Equal(new MediaInfo(1080, 1920, null), MediaHeader.TryRead(FileKind.Jpeg, TestImages.Jpeg(1080, 1920)));
    }

    [Fact]
    public void A_variable_bitrate_mp3_counts_the_frames_its_xing_header_declares()
    {
        var frame = new byte[417];
        new byte[] { 0xFF, 0xFB, 0x90, 0x00 }.CopyTo(frame, 0);
        "Xing"u8.CopyTo(frame.AsSpan(36));
        frame[43] = 1;
        // 1,000 frames of 1,152 samples at 44.1 kHz.
        frame[46] = 0x03;
        frame[47] = 0xE8;
        Assert.Equal(26122, MediaHeader.TryRead(FileKind.Mpeg, frame)!.Value.DurationMs);
    }

    [Fact]
    public void Headers_that_do_not_read_give_nothing_rather_than_a_guess()
    {
        Assert.Null(MediaHeader.TryRead(FileKind.Mpeg4, TestMedia.Mp4WithoutMovieHeader()));
        Assert.Null(MediaHeader.TryRead(FileKind.Png, TestImages.Png(400, 300)[..20]));
        Assert.Null(MediaHeader.TryRead(FileKind.Wav, TestMedia.Wav(1000)[..40]));
        Assert.Null(MediaHeader.TryRead(FileKind.Mpeg, "ID3\x04\0\0\0\0\0\x7f"u8.ToArray()));
        Assert.Null(MediaHeader.TryRead(FileKind.Mpeg4, [.. TestMedia.Mp4(10, 10, 10)[..40], .. Encoding.ASCII.GetBytes("garbage")]));
    }
}
