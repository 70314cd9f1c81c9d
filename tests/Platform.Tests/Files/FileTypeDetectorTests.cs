using KooMessage.Platform.Files;
using KooMessage.Platform.Tests.Infrastructure;

namespace KooMessage.Platform.Tests.Files;

public sealed class FileTypeDetectorTests
{
    public static TheoryData<byte[], FileKind> Samples => new()
    {
        { TestFiles.Pdf(), FileKind.Pdf },
        { TestFiles.Png(), FileKind.Png },
        { TestFiles.Jpeg(), FileKind.Jpeg },
        { TestFiles.Bmp(), FileKind.Bmp },
        { TestFiles.Zip(), FileKind.Zip },
        { TestFiles.Rar(), FileKind.Rar },
        { TestFiles.Csv("phone,name\n13800138000,张三\n"), FileKind.Text },
        { [0xEF, 0xBB, 0xBF, .. TestFiles.Csv("phone\n13800138000\n")], FileKind.Text },
        { TestFiles.Executable(), FileKind.Unknown },
        { [0xFF, 0xFE, 0x00, 0x01], FileKind.Unknown },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Kinds_are_decided_by_content(byte[] content, FileKind expected) => Assert.Equal(expected, FileTypeDetector.Detect(content));

    [Fact]
    public void A_multi_byte_character_cut_at_the_end_of_the_head_is_still_text()
    {
        var text = TestFiles.Csv(new string('a', FileTypeDetector.HeadLength - 1) + "张");
        Assert.Equal(FileKind.Text, FileTypeDetector.Detect(text.AsSpan(0, FileTypeDetector.HeadLength)));
    }
}
