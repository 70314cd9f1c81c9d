using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using System.Text;

namespace KooMessage.Platform.Tests.Infrastructure;

/// <summary>Real zip and rar archives for upload tests, harmless ones and bombs, made on the fly.</summary>
public static class TestArchives
{
    public static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        var archive = new MemoryStream();
        using (var zip = new ZipArchive(archive, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                entry.Write(content);
            }
        }
        return archive.ToArray();
    }

    /// <summary>One entry of <paramref name="size"/> zero bytes: deflate shrinks it about a thousand times.</summary>
    public static byte[] ZerosBomb(long size)
    {
        var archive = new MemoryStream();
        using (var zip = new ZipArchive(archive, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("zeros.bin", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var written = 0L; written < size; written += zeros.Length)
                entry.Write(zeros, 0, (int)Math.Min(zeros.Length, size - written));
        }
        return archive.ToArray();
    }

    /// <summary>42.zip's shape: every level holds <paramref name="width"/> copies of the level below.</summary>
    public static byte[] Recursive(int depth, int width = 4)
    {
        var level = Zip(("bottom.txt", new byte[64 * 1024]));
        for (var i = 0; i < depth; i++)
            level = Zip(Enumerable.Range(0, width).Select(n => ($"level{i}-{n}.zip", level)).ToArray());
        return level;
    }

    /// <summary>
    /// The first entry's compressed data replaced by bytes that do not inflate: an archive a checker
    /// can judge only from its directory, proving it never decompressed the entry.
    /// </summary>
    public static byte[] WithUndecodableData(byte[] zip)
    {
        var copy = zip.ToArray();
        var compressed = BinaryPrimitives.ReadInt32LittleEndian(copy.AsSpan(18));
        var start = 30 + BinaryPrimitives.ReadUInt16LittleEndian(copy.AsSpan(26)) + BinaryPrimitives.ReadUInt16LittleEndian(copy.AsSpan(28));
        copy.AsSpan(start, compressed).Fill(0xFF);
        return copy;
    }

    /// <summary>Marks every entry as encrypted (general-purpose flag bit 0, in local and central headers).</summary>
    public static byte[] WithEncryptionFlag(byte[] zip)
    {
        var copy = zip.ToArray();
        for (var i = 0; i + 10 < copy.Length; i++)
        {
            if (copy.AsSpan(i).StartsWith((ReadOnlySpan<byte>)[0x50, 0x4B, 0x03, 0x04]))
                copy[i + 6] |= 1;
            else if (copy.AsSpan(i).StartsWith((ReadOnlySpan<byte>)[0x50, 0x4B, 0x01, 0x02]))
                copy[i + 8] |= 1;
        }
        return copy;
    }

    /// <summary>
    /// A RAR 4 archive: marker, main header, one file header per entry (with the packed bytes after
    /// it), end block. <c>DeclaredSize</c> is what the header claims the entry unpacks to — the field
    /// a rar bomb lies big in — and the packed bytes are stored (method 0x30) when they match it.
    /// </summary>
    public static byte[] Rar(params (string Name, byte[] Packed, uint DeclaredSize)[] entries)
    {
        var archive = new MemoryStream();
        archive.Write([0x52, 0x61, 0x72, 0x21, 0x1A, 0x07, 0x00]);
        WriteRarBlock(archive, 0x73, 0, new byte[6]);
        foreach (var (name, packed, declared) in entries)
        {
            var nameBytes = Encoding.UTF8.GetBytes(name);
            var fields = new byte[25 + nameBytes.Length];
            BinaryPrimitives.WriteUInt32LittleEndian(fields, (uint)packed.Length);
            BinaryPrimitives.WriteUInt32LittleEndian(fields.AsSpan(4), declared);
            fields[8] = 3; // host OS: Unix
            BinaryPrimitives.WriteUInt32LittleEndian(fields.AsSpan(9), Crc32.HashToUInt32(packed));
            BinaryPrimitives.WriteUInt32LittleEndian(fields.AsSpan(13), 0x5A000000); // DOS time
            fields[17] = 29; // version needed to unpack
            fields[18] = (byte)(declared == packed.Length ? 0x30 : 0x33);
            BinaryPrimitives.WriteUInt16LittleEndian(fields.AsSpan(19), (ushort)nameBytes.Length);
            BinaryPrimitives.WriteUInt32LittleEndian(fields.AsSpan(21), 0x81A4); // rw-r--r--
            nameBytes.CopyTo(fields, 25);
            WriteRarBlock(archive, 0x74, 0x8000, fields);
            archive.Write(packed);
        }
        archive.Write([0xC4, 0x3D, 0x7B, 0x00, 0x40, 0x07, 0x00]);
        return archive.ToArray();
    }

    /// <summary>CRC16 (the low half of CRC32 over type, flags, size and fields), type, flags, size, fields.</summary>
    private static void WriteRarBlock(Stream archive, byte type, ushort flags, byte[] fields)
    {
        var block = new byte[5 + fields.Length];
        block[0] = type;
        BinaryPrimitives.WriteUInt16LittleEndian(block.AsSpan(1), flags);
        BinaryPrimitives.WriteUInt16LittleEndian(block.AsSpan(3), (ushort)(2 + block.Length));
        fields.CopyTo(block, 5);
        Span<byte> crc = stackalloc byte[2];
        BinaryPrimitives.WriteUInt16LittleEndian(crc, (ushort)Crc32.HashToUInt32(block));
        archive.Write(crc);
        archive.Write(block);
    }
}
