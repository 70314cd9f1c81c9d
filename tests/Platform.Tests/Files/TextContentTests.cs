using System.Text;
using KooMessage.Platform.Files;

namespace KooMessage.Platform.Tests.Files;

public sealed class TextContentTests
{
    private static Task<string?> Check(byte[] content) => TextContent.FindProblemAsync(new MemoryStream(content), CancellationToken.None);

    [Fact]
    public async Task Utf8_with_or_without_bom_and_utf16_with_bom_are_text_throughout()
    {
        var rows = string.Concat(Enumerable.Range(0, 20_000).Select(i => $"{13_800_000_000 + i},张三\r\n"));
        Assert.Null(await Check(Encoding.UTF8.GetBytes(rows)));
        Assert.Null(await Check([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(rows)]));
        Assert.Null(await Check([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(rows)]));
        Assert.Null(await Check([.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(rows + "😀")]));
    }

    [Fact]
    public async Task Characters_split_across_reads_are_joined()
    {
        // One byte per read: every multi-byte character and surrogate pair arrives in pieces.
        var text = "13800138000,张三,😀\r\n";
        Assert.Null(await TextContent.FindProblemAsync(new TrickleStream(Encoding.UTF8.GetBytes(text)), CancellationToken.None));
        Assert.Null(await TextContent.FindProblemAsync(new TrickleStream([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]), CancellationToken.None));
        Assert.NotNull(await TextContent.FindProblemAsync(new TrickleStream([.. Encoding.UTF8.GetBytes(text), 0xF0, 0x9F]), CancellationToken.None));
    }

    [Fact]
    public async Task Binary_bytes_control_characters_and_giant_lines_anywhere_are_refused()
    {
        var text = Encoding.UTF8.GetBytes(new string('1', 100_000).Replace("11111111111", "13800138000\n"));
        var garbage = new byte[10_000];
        new Random(7).NextBytes(garbage);
        Assert.Contains("not valid UTF-8", await Check([.. text, .. garbage]));
        Assert.Contains("control character U+0000", await Check([.. text, 0x00, .. text]));
        Assert.Contains("not valid UTF-8", await Check([.. text, 0xE5, 0xBC]));
        Assert.Contains("not valid UTF-8", await Check([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("13800138000\n"), 0x00, 0xD8, 0x31, 0x00]));
        Assert.Contains($"longer than {TextContent.MaxLineLength}", await Check(Encoding.ASCII.GetBytes(new string('1', 10 * 1024 * 1024))));
    }

    [Fact]
    public async Task A_giant_line_is_refused_in_bounded_memory()
    {
        var line = new MemoryStream(Encoding.ASCII.GetBytes(new string('1', 10 * 1024 * 1024)));
        var before = GC.GetAllocatedBytesForCurrentThread();
        Assert.NotNull(await TextContent.FindProblemAsync(line, CancellationToken.None));
        Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - before, 0, 1024 * 1024);
    }

    private sealed class TrickleStream(byte[] content) : MemoryStream(content)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
            => base.ReadAsync(buffer[..Math.Min(1, buffer.Length)], cancellationToken);
    }
}
