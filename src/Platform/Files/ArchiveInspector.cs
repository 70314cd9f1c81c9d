using SharpCompress.Archives;
using SharpCompress.Common;
using SharpCompress.Readers;

namespace KooMessage.Platform.Files;

/// <summary>
/// Decides whether a special-materials archive (zip or rar) is safe to keep for reviewers, without
/// expanding it: the entry count, the sizes each entry declares (alone, against its compressed size,
/// and added up) and nesting are read from the archive's directory. The only data ever decompressed
/// is the first <see cref="HeadLength"/> bytes of each entry, to see whether it is an archive itself,
/// and only after the declared sizes passed — so a bomb is refused whatever it would expand to.
/// Nested archives are refused outright: special materials are documents and images for a reviewer,
/// and an archive inside one is how recursive bombs (42.zip) get past a single-level budget.
/// </summary>
public static class ArchiveInspector
{
    /// <summary>Enough decompressed bytes to recognise every signature below (tar's sits at offset 257).</summary>
    public const int HeadLength = 262;

    /// <summary>An entry smaller than this cannot be a bomb by itself; the total budget covers many of them.</summary>
    private const long RatioCheckedFrom = 1024 * 1024;

    private static readonly string[] ArchiveExtensions =
        [".zip", ".rar", ".7z", ".tar", ".gz", ".tgz", ".bz2", ".tbz", ".tbz2", ".xz", ".txz", ".zst", ".lz", ".lzma", ".z", ".cab", ".arj", ".jar", ".iso"];

    private static readonly byte[][] ArchiveSignatures =
    [
        [0x50, 0x4B, 0x03, 0x04], // zip
        [0x50, 0x4B, 0x05, 0x06], // empty zip
        [0x50, 0x4B, 0x07, 0x08], // spanned zip
        [0x52, 0x61, 0x72, 0x21, 0x1A, 0x07], // rar 4 and 5
        [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], // 7z
        [0x1F, 0x8B], // gzip
        [0x42, 0x5A, 0x68], // bzip2
        [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], // xz
        [0x28, 0xB5, 0x2F, 0xFD], // zstd
        [0x4D, 0x53, 0x43, 0x46], // cab
    ];

    /// <returns>Why the archive is refused, or null when it may be stored.</returns>
    public static string? FindProblem(Stream archive, FilesOptions options)
    {
        try
        {
            using var opened = ArchiveFactory.OpenArchive(archive, new ReaderOptions { LeaveStreamOpen = true });
            if (opened.Type is not (ArchiveType.Zip or ArchiveType.Rar))
                return "The archive is not a zip or rar archive.";
            var entries = new List<IArchiveEntry>();
            long expanded = 0;
            foreach (var entry in opened.Entries)
            {
                if (entries.Count == options.MaxArchiveEntries)
                    return $"The archive has more than {options.MaxArchiveEntries} entries.";
                if (DeclarationProblem(entry, options, ref expanded) is { } problem)
                    return problem;
                entries.Add(entry);
            }
            if (!opened.IsComplete)
                return "The archive is one part of a multi-volume archive; upload it as a single archive.";
            return entries.Select(e => NestingProblem(e, readHead: !opened.IsSolid)).FirstOrDefault(p => p is not null);
        }
        catch (Exception ex) when (ex is not (OutOfMemoryException or OperationCanceledException))
        {
            // SharpCompress reports malformed input with many exception types (its own, IO, argument,
            // overflow, index); every one of them means the archive cannot be read.
            return "The archive cannot be read (damaged or not a zip/rar archive).";
        }
    }

    private static string? DeclarationProblem(IArchiveEntry entry, FilesOptions options, ref long expanded)
    {
        if (entry.IsEncrypted)
            return $"The archive entry '{entry.Key}' is encrypted; reviewers must be able to open special materials.";
        if (entry.Size < 0 || entry.CompressedSize < 0)
            return "The archive cannot be read (an entry declares a negative size).";
        if (entry.Size > RatioCheckedFrom && entry.Size / options.MaxArchiveCompressionRatio > entry.CompressedSize)
            return $"The archive entry '{entry.Key}' expands more than {options.MaxArchiveCompressionRatio} times ({entry.CompressedSize} to {entry.Size} bytes): a compression bomb.";
        if (entry.Size > options.MaxArchiveExpandedBytes - expanded)
            return $"The archive expands to more than {options.MaxArchiveExpandedBytes} bytes.";
        expanded += entry.Size;
        return null;
    }

    /// <summary>
    /// By name, and by content where the entry's first bytes can be had alone (in a solid archive
    /// they cannot: an entry is decoded only after every entry before it).
    /// </summary>
    private static string? NestingProblem(IArchiveEntry entry, bool readHead)
    {
        if (entry.IsDirectory)
            return null;
        var nested = $"The archive contains another archive ('{entry.Key}'); upload the files themselves.";
        if (ArchiveExtensions.Any(x => entry.Key?.EndsWith(x, StringComparison.OrdinalIgnoreCase) == true))
            return nested;
        if (!readHead || entry.Size == 0)
            return null;
        var head = new byte[HeadLength];
        int length;
        using (var content = entry.OpenEntryStream())
            length = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        return IsArchive(head.AsSpan(0, length)) ? nested : null;
    }

    private static bool IsArchive(ReadOnlySpan<byte> head)
    {
        foreach (var signature in ArchiveSignatures)
        {
            if (head.StartsWith(signature))
                return true;
        }
        return head.Length >= 262 && head[257..262].SequenceEqual("ustar"u8);
    }
}
