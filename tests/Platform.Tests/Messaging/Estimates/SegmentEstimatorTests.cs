using KooMessage.Platform.Features.Messaging;

namespace KooMessage.Platform.Tests.Messaging;

public sealed class SegmentEstimatorTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(70, 1)]
    [InlineData(71, 2)]
    [InlineData(134, 2)]
    [InlineData(135, 3)]
    [InlineData(201, 3)]
    [InlineData(202, 4)]
    public void Ucs2_messages_split_at_70_then_67(int length, int segments)
    {
        var estimate = SegmentEstimator.Estimate(new string('短', length));
        Assert.Equal(length == 0 ? MessageEncoding.Gsm7 : MessageEncoding.Ucs2, estimate.Encoding);
        Assert.Equal(length, estimate.Characters);
        Assert.Equal(segments, estimate.Segments);
    }

    [Theory]
    [InlineData(160, 1)]
    [InlineData(161, 2)]
    [InlineData(306, 2)]
    [InlineData(307, 3)]
    public void Gsm7_messages_split_at_160_then_153(int length, int segments)
    {
        var estimate = SegmentEstimator.Estimate(new string('a', length));
        Assert.Equal(MessageEncoding.Gsm7, estimate.Encoding);
        Assert.Equal(segments, estimate.Segments);
    }

    [Fact]
    public void Extension_characters_count_two_in_gsm7()
    {
        var estimate = SegmentEstimator.Estimate(new string('a', 158) + "€");
        Assert.Equal(MessageEncoding.Gsm7, estimate.Encoding);
        Assert.Equal(160, estimate.Characters);
        Assert.Equal(1, estimate.Segments);
        Assert.Equal(2, SegmentEstimator.Estimate(new string('a', 159) + "{").Segments);
    }

    [Fact]
    public void An_emoji_counts_two_utf16_units()
    {
        var estimate = SegmentEstimator.Estimate("你好😀");
        Assert.Equal(MessageEncoding.Ucs2, estimate.Encoding);
        Assert.Equal(4, estimate.Characters);
    }

    [Fact]
    public void The_longest_message_puts_the_signature_first_and_every_variable_at_its_max_length()
    {
        var rendered = SegmentEstimator.RenderLongest("示例科技", "订单${1}已发货 ${2}",
            [new TemplateVariable(1, TemplateVariableType.CharDigit, 10), new TemplateVariable(2, TemplateVariableType.ShortLink, 0)], "kmsg.cn");
        Assert.Equal("【示例科技】订单xxxxxxxxxx已发货 " + new string('x', "kmsg.cn".Length + 7), rendered);
    }
}
