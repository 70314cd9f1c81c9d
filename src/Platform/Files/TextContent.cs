using System.Text;

namespace KooMessage.Platform.Files;

/// <summary>
/// What counts as a text file (number files): UTF-8 with or without a BOM, or UTF-16 with its BOM
/// (Excel's "Unicode text"), decoding without a single invalid sequence, with no control characters
/// but tab, CR and LF, and no line longer than <see cref="MaxLineLength"/>. Text has no magic bytes,
/// so the head only suggests it; a whole file is proven by <see cref="FindProblemAsync"/>, which streams
/// it through a fixed buffer.
/// </summary>
public static class TextContent
{
    /// <summary>Characters in one line: a number-file row (phone, ≤20 values, a URL) never comes near.</summary>
    public const int MaxLineLength = 16 * 1024;

    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Encoding Utf16LittleEndian = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Encoding Utf16BigEndian = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    /// <summary>Whether a file's first bytes read as text; a character cut at the end of the head is fine.</summary>
    public static bool LooksLikeText(ReadOnlySpan<byte> head) => !head.IsEmpty && new Scanner(head, head.Length).Feed(head, final: false) is null;

    /// <summary>The MIME charset of a text file with this head.</summary>
    public static string CharsetOf(ReadOnlySpan<byte> head) => EncodingOf(head).Encoding == Utf8 ? "utf-8" : "utf-16";

    /// <returns>Why the content is not text, or null when all of it is.</returns>
    public static async Task<string?> FindProblemAsync(Stream content, CancellationToken cancellationToken)
    {
        // Small enough that neither this nor the scanner's characters land on the large object heap.
        var buffer = new byte[32 * 1024];
        var read = await content.ReadAtLeastAsync(buffer, 4, throwOnEndOfStream: false, cancellationToken);
        var scanner = new Scanner(buffer.AsSpan(0, read), buffer.Length);
        while (read > 0)
        {
            if (scanner.Feed(buffer.AsSpan(0, read), final: false) is { } problem)
                return problem;
            read = await content.ReadAsync(buffer, cancellationToken);
        }
        return scanner.Feed([], final: true);
    }

    private static (Encoding Encoding, int BomLength) EncodingOf(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return (Utf8, 3);
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return (Utf16LittleEndian, 2);
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return (Utf16BigEndian, 2);
        return (Utf8, 0);
    }

    /// <summary>Decodes a file chunk by chunk, carrying a character split between chunks over to the next.</summary>
    private sealed class Scanner
    {
        private readonly Decoder _decoder;
        private readonly char[] _chars;
        private int _skip;
        private int _line;

        /// <param name="chunkLength">The most bytes one <see cref="Feed"/> gets.</param>
        public Scanner(ReadOnlySpan<byte> head, int chunkLength)
        {
            var (encoding, bomLength) = EncodingOf(head);
            _decoder = encoding.GetDecoder();
            _skip = bomLength;
            // One character per byte at most, plus what a character split off the previous chunk adds.
            _chars = new char[chunkLength + 2];
        }

        public string? Feed(ReadOnlySpan<byte> bytes, bool final)
        {
            var skipped = Math.Min(_skip, bytes.Length);
            bytes = bytes[skipped..];
            _skip -= skipped;
            try
            {
                var count = _decoder.GetChars(bytes, _chars, flush: final);
                return CheckCharacters(_chars.AsSpan(0, count));
            }
            catch (DecoderFallbackException)
            {
                return "The file is not text: it contains bytes that are not valid UTF-8 (or UTF-16 after its BOM).";
            }
        }

        private string? CheckCharacters(ReadOnlySpan<char> chars)
        {
            foreach (var c in chars)
            {
                if (c == '\n')
                {
                    _line = 0;
                    continue;
                }
                if ((c < ' ' && c is not ('\t' or '\r')) || c == '\u007F')
                    return $"The file is not text: it contains the control character U+{(int)c:X4}.";
                if (++_line > MaxLineLength)
                    return $"The file has a line longer than {MaxLineLength} characters.";
            }
            return null;
        }
    }
}
