using System.Globalization;
using System.Text;
using CsvHelper;
using KooMessage.Platform.Domain;
using KooMessage.Platform.Features.Messaging;
using KooMessage.Platform.Files;

namespace KooMessage.Platform.Features.SendTasks;

/// <summary>
/// 号码解析, streaming: reads rows one at a time with CsvHelper (UTF-8, or UTF-16 by its BOM; a 1,000,000-row file
/// is never held in memory), normalises and validates each number without allocating for it,
/// de-duplicates (first occurrence wins), classifies capability and hands every distinct recipient
/// to a sink. Garbage rows are counted as invalid, never fatal.
/// </summary>
public static class NumberParser
{
    /// <summary>The longest raw text kept for an invalid row.</summary>
    private const int RawMax = Recipient.PhoneMax;

    private static readonly CsvReaderOptions Options = new()
    {
        HasHeader = false,
        Separator = ',',
        TrimWhitespace = true,
        SkipEmptyLines = true,
        // In bytes of UTF-8 (at most 3 per character): room for any line an upload may have, and a bound
        // on what one giant line costs, also in files stored before uploads checked their lines.
        MaxRecordSize = TextContent.MaxLineLength * 4,
    };

    public static async Task<NumberParseResult> ParseAsync(Stream content, NumberFileLayout layout, Func<long, bool> isCapable,
        Func<ParsedRecipient, ValueTask>? sink, CancellationToken cancellationToken)
    {
        await using var reader = CsvReader.Create(content, Options, leaveOpen: true);
        var state = new ParseState(layout, isCapable);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (state.Next(reader) is { } parsed && sink is not null)
                await sink(parsed);
        }
        return state.Result;
    }

    /// <summary>Manual entry (1–10 lines), each read like a file row.</summary>
    public static Task<NumberParseResult> ParseManualAsync(IReadOnlyList<string> lines, NumberFileLayout layout, Func<long, bool> isCapable,
        Func<ParsedRecipient, ValueTask>? sink, CancellationToken cancellationToken)
        => ParseAsync(new MemoryStream(Encoding.UTF8.GetBytes(string.Join('\n', lines.Select(l => l.ReplaceLineEndings(" "))))),
            layout, isCapable, sink, cancellationToken);

    /// <summary>A first row whose first cell has no digit at all ("phone", "手机号") is a header.</summary>
    private static bool IsHeader(ReadOnlySpan<char> cell)
    {
        foreach (var c in cell)
        {
            if (char.IsAsciiDigit(c) || c is >= '\uFF10' and <= '\uFF19')
                return false;
        }
        return !cell.IsEmpty;
    }

    /// <summary>Per-run state: seen numbers and counters.</summary>
    private sealed class ParseState(NumberFileLayout layout, Func<long, bool> isCapable)
    {
        private readonly HashSet<long> _seen = [];
        private readonly HashSet<string> _seenInvalid = new(StringComparer.Ordinal);
        private readonly char[] _phone = new char[64];
        private int _sequence, _invalid, _resolvable, _unresolvable;
        private bool _first = true;

        public NumberParseResult Result => new(_invalid + _resolvable + _unresolvable, _invalid, _resolvable, _unresolvable);

        /// <summary>The current row's recipient; null for a header, an empty row or a repeated number.</summary>
        public ParsedRecipient? Next(CsvReader reader)
        {
            if (reader.FieldCount == 0)
                return null;
            // The phone cell is decoded into a reused buffer: the common case allocates nothing.
            var cell = reader.GetSpan(0).Length <= _phone.Length ? _phone.AsSpan(0, reader.GetChars(0, _phone)) : reader.GetString(0).AsSpan();
            if (cell.IsEmpty && reader.FieldCount == 1)
                return null;
            if (_first)
            {
                _first = false;
                if (IsHeader(cell))
                    return null;
            }
            return Classify(reader, cell);
        }

        private ParsedRecipient? Classify(CsvReader reader, ReadOnlySpan<char> cell)
        {
            if (!MobileNumbers.TryParseChinese(cell, out var national))
            {
                var raw = cell.Length <= RawMax ? cell.ToString() : cell[..RawMax].ToString();
                return _seenInvalid.Add(raw) ? Invalid(raw, "INVALID_NUMBER") : null;
            }
            if (!_seen.Add(national))
                return null;

            var phone = "+86" + national.ToString(CultureInfo.InvariantCulture);
            var expected = layout.Columns.Count;
            var extra = reader.FieldCount - 1 - expected;
            if (extra < 0)
                return Invalid(phone, "MISSING_VARIABLES");
            if (extra > (layout.AllowCustomUrl ? 1 : 0))
                return Invalid(phone, "TOO_MANY_COLUMNS");

            var values = expected == 0 ? [] : new string[expected];
            for (var i = 0; i < expected; i++)
            {
                values[i] = reader.GetString(1 + i);
                if (!layout.Columns[i](values[i]))
                    return Invalid(phone, "INVALID_VARIABLE");
            }
            string? customUrl = null;
            if (extra == 1)
            {
                customUrl = reader.GetString(reader.FieldCount - 1);
                if (customUrl.Length == 0)
                    customUrl = null;
                else if (!SmartTemplateRules.IsHttpsUrl(customUrl))
                    return Invalid(phone, "INVALID_CUSTOM_URL");
            }
            RecipientCapability capability;
            if (isCapable(national))
            {
                capability = RecipientCapability.Resolvable;
                _resolvable++;
            }
            else
            {
                capability = RecipientCapability.Unresolvable;
                _unresolvable++;
            }
            return new ParsedRecipient(++_sequence, phone, capability, values, customUrl, null);
        }

        private ParsedRecipient Invalid(string phone, string problem)
        {
            _invalid++;
            return new ParsedRecipient(++_sequence, phone, RecipientCapability.Invalid, [], null, problem);
        }
    }
}
