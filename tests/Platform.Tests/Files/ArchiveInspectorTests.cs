using KooMessage.Platform.Files;
using KooMessage.Platform.Tests.Infrastructure;

namespace KooMessage.Platform.Tests.Files;

public sealed class ArchiveInspectorTests
{
    private static readonly FilesOptions Defaults = new();

    private static string? Inspect(byte[] archive, FilesOptions? options = null)
        => ArchiveInspector.FindProblem(new MemoryStream(archive), options ?? Defaults);

    private static byte[] Random(int size)
    {
        var bytes = new byte[size];
        new Random(size).NextBytes(bytes);
        return bytes;
    }

    [Fact]
    public void Documents_and_images_in_a_zip_or_rar_pass()
    {
        Assert.Null(Inspect(TestArchives.Zip(("承诺函.pdf", TestFiles.Pdf(5000)), ("scans/licence.png", TestFiles.Png(3000)), ("notes.txt", new byte[200_000]))));
        Assert.Null(Inspect(TestArchives.Rar(("readme.txt", "special materials"u8.ToArray(), 17))));
    }

    [Fact]
    public void A_high_ratio_entry_is_refused_from_its_declared_sizes_without_being_inflated()
    {
        var bomb = TestArchives.ZerosBomb(150L * 1024 * 1024);
        Assert.Contains("compression bomb", Inspect(bomb));
        // The same directory over data that cannot inflate gets the same answer: nothing was decompressed.
        Assert.Contains("compression bomb", Inspect(TestArchives.WithUndecodableData(bomb)));
        Assert.Contains("compression bomb", Inspect(TestArchives.Rar(("big.bin", new byte[1000], 4_000_000_000))));
    }

    [Fact]
    public void Entries_adding_up_past_the_expanded_budget_or_too_many_entries_are_refused()
    {
        var budget = new FilesOptions { MaxArchiveExpandedBytes = 1_000_000 };
        Assert.Contains("expands to more than 1000000 bytes", Inspect(TestArchives.Zip(("a.bin", Random(600_000)), ("b.bin", Random(600_000))), budget));

        var many = TestArchives.Zip(Enumerable.Range(0, Defaults.MaxArchiveEntries + 1).Select(i => ($"f{i}.txt", Array.Empty<byte>())).ToArray());
        Assert.Contains($"more than {Defaults.MaxArchiveEntries} entries", Inspect(many));
    }

    [Fact]
    public void Nested_archives_are_refused_by_name_and_by_content()
    {
        var inner = TestArchives.Zip(("a.txt", "hello"u8.ToArray()));
        Assert.Contains("another archive ('inner.zip')", Inspect(TestArchives.Zip(("inner.zip", inner))));
        Assert.Contains("another archive ('photos.dat')", Inspect(TestArchives.Zip(("photos.dat", inner))));
        Assert.Contains("another archive", Inspect(TestArchives.Recursive(depth: 4)));
        Assert.Contains("another archive ('x.dat')", Inspect(TestArchives.Rar(("x.dat", inner, (uint)inner.Length))));
        Assert.Contains("another archive ('x.tar.gz')", Inspect(TestArchives.Rar(("x.tar.gz", "not really"u8.ToArray(), 10))));
    }

    [Fact]
    public void Damaged_and_encrypted_archives_are_refused()
    {
        Assert.Contains("cannot be read", Inspect([0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]));
        Assert.Contains("cannot be read", Inspect(TestArchives.Zip(("a.txt", Random(5000)))[..100]));
        Assert.Contains("is encrypted", Inspect(TestArchives.WithEncryptionFlag(TestArchives.Zip(("a.txt", "secret"u8.ToArray())))));
    }
}
