using KooMessage.Platform.Files;
using KooMessage.Platform.Tests.Infrastructure;

namespace KooMessage.Platform.Tests.Files;

public sealed class ImageHeaderTests
{
    [Fact]
    public void Reads_the_size_of_a_png()
    {
        Assert.True(ImageHeader.TryReadSize(TestImages.Png(1920, 1080), out var width, out var height));
        Assert.Equal((1920, 1080), (width, height));
    }

    [Fact]
    public void Reads_the_size_of_a_jpeg_after_its_metadata_segments()
    {
        Assert.True(ImageHeader.TryReadSize(TestImages.Jpeg(1280, 720, exifBytes: 30000), out var width, out var height));
        Assert.Equal((1280, 720), (width, height));
    }

    [Fact]
    public void A_png_without_its_header_chunk_or_with_zero_size_has_no_size()
    {
        var noHeader = TestImages.Png(10, 10);
        noHeader[12] = (byte)'X';
        Assert.False(ImageHeader.TryReadSize(noHeader, out _, out _));
        Assert.False(ImageHeader.TryReadSize(TestImages.Png(0, 10), out _, out _));
    }

    [Fact]
    public void A_truncated_jpeg_has_no_size()
        => Assert.False(ImageHeader.TryReadSize(TestImages.Jpeg(100, 100)[..30], out _, out _));

    [Fact]
    public void Other_files_have_no_size()
    {
        Assert.False(ImageHeader.TryReadSize(TestFiles.Pdf(), out _, out _));
        Assert.False(ImageHeader.TryReadSize(TestFiles.Bmp(), out _, out _));
        Assert.False(ImageHeader.TryReadSize([], out _, out _));
    }
}
