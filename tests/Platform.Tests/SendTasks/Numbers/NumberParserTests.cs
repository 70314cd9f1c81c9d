using System.Text;
using KooMessage.Platform.Features.Messaging;
using KooMessage.Platform.Features.SendTasks;

namespace KooMessage.Platform.Tests.SendTasks;

public sealed class NumberParserTests
{
    private static readonly NumberFileLayout OneVariable = NumberFileLayout.ForSmsTemplate([new TemplateVariable(1, TemplateVariableType.CharDigit, 10)], allowCustomUrl: true);

    private static async Task<(NumberParseResult Result, List<ParsedRecipient> Recipients)> Parse(string csv, NumberFileLayout? layout = null,
        Func<long, bool>? capable = null, bool bom = false)
    {
        var bytes = Encoding.UTF8.GetBytes(csv);
        if (bom)
            bytes = [0xEF, 0xBB, 0xBF, .. bytes];
        var recipients = new List<ParsedRecipient>();
        var result = await NumberParser.ParseAsync(new MemoryStream(bytes), layout ?? OneVariable, capable ?? (_ => true),
            r => { recipients.Add(r); return ValueTask.CompletedTask; }, CancellationToken.None);
        return (result, recipients);
    }

    [Fact]
    public async Task Mixed_rows_are_normalised_deduplicated_classified_and_counted()
    {
        var (result, recipients) = await Parse("""
            phone,order
            13800138000,A1
            138-0013-8000,A2
            +86 139 0013 9000,B2
            not a number,x
            not a number,x
            12345,y

            17012345678,C3
            13900139001,bad-value!
            """, capable: national => national / 100_000_000 != 170);
        Assert.Equal(new NumberParseResult(Total: 6, Invalid: 3, Resolvable: 2, Unresolvable: 1), result);
        Assert.Equal(result.Total, result.Invalid + result.Resolvable + result.Unresolvable);
        Assert.Equal(["+8613800138000", "+8613900139000", "not a number", "12345", "+8617012345678", "+8613900139001"], recipients.Select(r => r.Phone));
        Assert.Equal(["A1"], recipients[0].Variables);
        Assert.Equal(RecipientCapability.Unresolvable, recipients[4].Capability);
        Assert.Equal("INVALID_VARIABLE", recipients[5].Problem);
        Assert.Equal(Enumerable.Range(1, 6), recipients.Select(r => r.Sequence));
    }

    [Fact]
    public async Task Boms_full_width_digits_quotes_and_custom_urls_are_understood()
    {
        var (result, recipients) = await Parse("""
            １３８００１３８０００,"Q1"
            13800138001,"B2",https://shop.example.cn/u/2
            13800138002,C3,http://insecure.example.cn
            13800138003,D4,https://a.cn,extra
            13800138004
            """, bom: true);
        Assert.Equal(5, result.Total);
        Assert.Equal(2, result.Resolvable);
        Assert.Equal("+8613800138000", recipients[0].Phone);
        Assert.Equal("https://shop.example.cn/u/2", recipients[1].CustomUrl);
        Assert.Equal(["INVALID_CUSTOM_URL", "TOO_MANY_COLUMNS", "MISSING_VARIABLES"], recipients.Skip(2).Select(r => r.Problem));
    }

    [Fact]
    public async Task Manual_entries_take_no_custom_url_and_an_empty_input_counts_nothing()
    {
        var manual = await NumberParser.ParseManualAsync(["13800138000,A1", "13800138001,A2,https://x.cn"], OneVariable with { AllowCustomUrl = false },
            _ => true, null, CancellationToken.None);
        Assert.Equal(new NumberParseResult(2, 1, 1, 0), manual);
        Assert.Equal(new NumberParseResult(0, 0, 0, 0), (await Parse("")).Result);
    }

    [Fact]
    public async Task Utf16_with_its_bom_and_crlf_lines_read_like_utf8()
    {
        var csv = "phone,order\r\n13800138000,A1\r\n13800138001,A2\r\n";
        var recipients = new List<ParsedRecipient>();
        var result = await NumberParser.ParseAsync(new MemoryStream([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(csv)]), OneVariable,
            _ => true, r => { recipients.Add(r); return ValueTask.CompletedTask; }, CancellationToken.None);
        Assert.Equal(new NumberParseResult(2, 0, 2, 0), result);
        Assert.Equal(["A1", "A2"], recipients.SelectMany(r => r.Variables));
    }

    [Fact]
    public async Task A_giant_line_is_refused_in_bounded_memory_also_from_files_stored_before_uploads_checked_lines()
    {
        var line = new MemoryStream(Encoding.ASCII.GetBytes(new string('1', 10 * 1024 * 1024)));
        var before = GC.GetAllocatedBytesForCurrentThread();
        await Assert.ThrowsAsync<CsvHelper.CsvFormatException>(() => NumberParser.ParseAsync(line, OneVariable, _ => true, null, CancellationToken.None));
        Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - before, 0, 2 * 1024 * 1024);
    }

    [Fact]
    public async Task A_hundred_thousand_rows_stream_through_a_sink_without_being_collected()
    {
        var stream = new GeneratedNumberStream(100_000);
        var seen = 0;
        var result = await NumberParser.ParseAsync(stream, new NumberFileLayout([], false), _ => true,
            _ => { seen++; return ValueTask.CompletedTask; }, CancellationToken.None);
        Assert.Equal(100_000, result.Total);
        Assert.Equal(100_000, seen);
    }

    /// <summary>Produces "13000000000\n13000000001\n…" on the fly: the file never exists in memory.</summary>
    private sealed class GeneratedNumberStream(int rows) : Stream
    {
        private int _row;
        private byte[] _line = [];
        private int _offset;

        public override int Read(byte[] buffer, int offset, int count)
        {
            var written = 0;
            while (written < count)
            {
                if (_offset == _line.Length)
                {
                    if (_row == rows)
                        break;
                    _line = Encoding.ASCII.GetBytes($"{13_000_000_000 + _row++}\n");
                    _offset = 0;
                }
                var take = Math.Min(count - written, _line.Length - _offset);
                Array.Copy(_line, _offset, buffer, offset + written, take);
                _offset += take;
                written += take;
            }
            return written;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
