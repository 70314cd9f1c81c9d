using KooMessage.Platform.Data;
using KooMessage.Platform.Files;
using KooMessage.Platform.Tests.Infrastructure;

namespace KooMessage.Platform.Tests.Files;

public sealed class FileSystemBlobStoreTests : IDisposable
{
    private readonly string _storage = Path.Combine(Path.GetTempPath(), "koomessage-tests", Guid.NewGuid().ToString("N"));

    public void Dispose() => PlatformHost.TryDelete(_storage);

    [Fact]
    public async Task A_write_cut_short_leaves_no_partial_blob()
    {
        var store = new FileSystemBlobStore(new StorageOptions { Path = _storage });
        await Assert.ThrowsAsync<IOException>(() => store.WriteAsync($"{Guid.NewGuid():N}/{Guid.NewGuid():N}", new BrokenStream(), CancellationToken.None));
        Assert.Empty(Directory.GetFiles(_storage, "*", SearchOption.AllDirectories));
    }

    /// <summary>Gives some bytes, then fails the way a dropped connection does.</summary>
    private sealed class BrokenStream : MemoryStream
    {
        private bool _gave;

        public BrokenStream() : base(new byte[100_000])
        {
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (_gave)
                throw new IOException("The connection was reset.");
            _gave = true;
            return base.ReadAsync(buffer, cancellationToken);
        }
    }
}
