using System.Text;
using System.Text.Json;
using KooMessage.Platform.Tests.Infrastructure;

namespace KooMessage.Platform.Tests.BasicEdition;

/// <summary>Video SMS resources over real multipart uploads: type by content, sizes and durations from headers, refusals leave nothing.</summary>
public sealed class MediaUploadTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    [Fact]
    public async Task Each_accepted_kind_is_stored_with_what_its_header_says()
    {
        var client = fixture.Host.As((await fixture.Host.CreateTenantAsync(Slugs.New("media"))).Key);
        async Task<JsonElement> Upload(byte[] bytes, string name)
        {
            var payload = await client.UploadAsync(bytes, name, "VIDEO_SMS_RESOURCE");
            payload.AssertNoErrors();
            return payload.GetProperty("file");
        }

        var jpeg = await Upload(TestImages.Jpeg(1080, 1920), "cover.jpg");
        Assert.Equal(("JPEG", 1080, 1920), (jpeg.GetProperty("kind").GetString(), jpeg.GetProperty("width").GetInt32(), jpeg.GetProperty("height").GetInt32()));
        Assert.Equal(400, (await Upload(TestImages.Png(400, 300), "a.png")).GetProperty("width").GetInt32());
        Assert.Equal(240, (await Upload(TestMedia.Gif(320, 240), "a.gif")).GetProperty("height").GetInt32());
        var mp3 = await Upload(TestMedia.Mp3(3000), "jingle.mp3");
        Assert.Equal(("MPEG", "audio/mpeg", 3000), (mp3.GetProperty("kind").GetString(), mp3.GetProperty("contentType").GetString(), mp3.GetProperty("durationMs").GetInt32()));
        Assert.Equal(1500, (await Upload(TestMedia.Wav(1500), "a.wav")).GetProperty("durationMs").GetInt32());
        var video = await Upload(TestMedia.Mp4(640, 360, 8000), "clip.mp4");
        Assert.Equal(("MPEG_4", 640, 360, 8000), (video.GetProperty("kind").GetString(), video.GetProperty("width").GetInt32(),
            video.GetProperty("height").GetInt32(), video.GetProperty("durationMs").GetInt32()));
        Assert.Equal("THREE_GP", (await Upload(TestMedia.Mp4(176, 144, 2000, threeGp: true), "clip.3gp")).GetProperty("kind").GetString());
        var text = await Upload(Encoding.UTF8.GetBytes("尊敬的#p_1#，您好"), "body.txt");
        Assert.Equal(JsonValueKind.Null, text.GetProperty("durationMs").ValueKind);
    }

    [Fact]
    public async Task A_renamed_executable_an_unreadable_header_utf16_text_and_an_oversized_clip_are_refused_and_leave_no_blob()
    {
        var client = fixture.Host.As((await fixture.Host.CreateTenantAsync(Slugs.New("media-bad"))).Key);
        var before = fixture.Host.BlobCount();

        var renamed = await client.UploadAsync(TestFiles.Executable(), "clip.mp4", "VIDEO_SMS_RESOURCE");
        Assert.Equal(("ValidationError", "file"), (renamed.ErrorType(), renamed.ErrorField()));
        Assert.Contains("unrecognised", renamed.ErrorMessage());

        var headless = await client.UploadAsync(TestMedia.Mp4WithoutMovieHeader(), "clip.mp4", "VIDEO_SMS_RESOURCE");
        Assert.Contains("header cannot be read", headless.ErrorMessage());
        var truncatedPng = await client.UploadAsync(TestImages.Png(400, 300)[..20], "a.png", "VIDEO_SMS_RESOURCE");
        Assert.Contains("header cannot be read", truncatedPng.ErrorMessage());

        var utf16 = await client.UploadAsync([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("你好")], "body.txt", "VIDEO_SMS_RESOURCE");
        Assert.Contains("must be UTF-8", utf16.ErrorMessage());

        var pdf = await client.UploadAsync(TestFiles.Pdf(), "a.pdf", "VIDEO_SMS_RESOURCE");
        Assert.Equal("ValidationError", pdf.ErrorType());

        var tooBig = await client.UploadAsync(TestMedia.Mp4(640, 360, 60000, mediaBytes: 3 * 1024 * 1024), "big.mp4", "VIDEO_SMS_RESOURCE");
        Assert.Contains("at most 2097152 bytes", tooBig.ErrorMessage());

        Assert.Equal(before, fixture.Host.BlobCount());
        Assert.Equal(0, (await client.QueryAsync("{ files { totalCount } }")).GetProperty("files").GetProperty("totalCount").GetInt32());
    }
}
