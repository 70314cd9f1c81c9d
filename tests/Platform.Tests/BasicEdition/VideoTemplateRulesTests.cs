using KooMessage.Platform.Domain;
using KooMessage.Platform.Features.BasicEdition;

namespace KooMessage.Platform.Tests.BasicEdition;

public sealed class VideoTemplateRulesTests
{
    private static VideoFrame Text(string text) => new() { Resources = [new VideoResource(VideoResourceKind.Text, text, null, VideoTemplateRules.SizeOfText(text))] };

    private static List<string?> Fields(string? name, string? title, List<VideoFrame> frames, long max = 2 * 1024 * 1024)
    {
        try
        {
            new InputValidator().ValidateVideoTemplate(name, title, frames, max).ThrowIfInvalid();
            return [];
        }
        catch (DomainException ex)
        {
            return ex.Errors.OfType<ValidationError>().Select(e => (string?)e.Field).ToList();
        }
    }

    [Fact]
    public void Placeholders_are_p_1_to_p_100_and_become_the_parameters_in_ascending_order()
    {
        Assert.Empty(Fields("n", "t", [Text("#p_3# #p_1# #p_100# #p_3#")]));
        Assert.Equal([1, 3, 100], VideoTemplateRules.Parameters([Text("#p_3# #p_1#"), Text("#p_100# #p_3#")]));
        Assert.Equal(["frames[0].resources[0].text"], Fields("n", "t", [Text("#p_0#")]));
        Assert.Equal(["frames[0].resources[0].text"], Fields("n", "t", [Text("#p_101#")]));
        Assert.Equal(["frames[0].resources[0].text"], Fields("n", "t", [Text("#p_01#")]));
        Assert.Equal("张三 A1", VideoTemplateRules.Fill("#p_1# #p_2#", new Dictionary<int, string> { [1] = "张三", [2] = "A1" }));
    }

    [Fact]
    public void Names_titles_frames_resources_and_total_size_have_limits()
    {
        Assert.Equal(["name"], Fields(new string('名', 101), "t", [Text("a")]));
        Assert.Equal(["title"], Fields("n", "【示例】通知", [Text("a")]));
        Assert.Equal(["title"], Fields("n", new string('题', 21), [Text("a")]));
        Assert.Equal(["frames"], Fields("n", "t", []));
        Assert.Equal(["frames"], Fields("n", "t", Enumerable.Range(0, 9).Select(_ => Text("a")).ToList()));
        Assert.Equal(["frames[0].resources"], Fields("n", "t", [new VideoFrame { Resources = Enumerable.Range(0, 11).Select(_ => Text("a").Resources[0]).ToList() }]));
        Assert.Equal(["frames"], Fields("n", "t", [Text(new string('a', 1500)), Text(new string('b', 1500))], max: 2000));
        Assert.Equal(["frames[0].resources[0].fileId"], Fields("n", "t", [new VideoFrame { Resources = [new VideoResource(VideoResourceKind.Image, null, null, 0)] }]));
    }
}
