using System.Text;
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
        { [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("phone\r\n13800138000\r\n")], FileKind.Text },
        { [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes("手机号\n13800138000\n")], FileKind.Text },
        { TestFiles.Executable(), FileKind.Unknown },
        { [0xFF, 0xFE, 0x00, 0x00], FileKind.Unknown },
        { Encoding.Unicode.GetBytes("13800138000\n"), FileKind.Unknown },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Kinds_are_decided_by_content(byte[] content, FileKind expected) => Assert.Equal(expected, FileTypeDetector.Detect(content));

    [Fact]
    public void Text_declares_its_charset()
    {
        Assert.Equal("text/plain; charset=utf-8", FileTypeDetector.ContentTypeOf(FileKind.Text, TestFiles.Csv("13800138000")));
        Assert.Equal("text/plain; charset=utf-16", FileTypeDetector.ContentTypeOf(FileKind.Text, [0xFF, 0xFE, 0x31, 0x00]));
    }

    [Fact]
    public void A_multi_byte_character_cut_at_the_end_of_the_head_is_still_text()
    {
        var text = TestFiles.Csv(new string('a', FileTypeDetector.HeadLength - 1) + "张");
        Assert.Equal(FileKind.Text, FileTypeDetector.Detect(text.AsSpan(0, FileTypeDetector.HeadLength)));
    }
}
