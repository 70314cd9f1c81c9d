using KooMessage.Platform.Features.Quotas;
using KooMessage.Platform.Features.SendTasks;

namespace KooMessage.Platform.Tests.Quotas;

public sealed class QuotaRulesTests
{
    [Fact]
    public void A_task_needs_one_parse_per_card_its_segments_per_plain_sms_fallback_and_one_message_per_basic_edition_message()
    {
        var demand = QuotaRules.Demand([(RecipientChannel.Smart, 10), (RecipientChannel.PlainSms, 4), (RecipientChannel.Skipped, 7)], plainSmsSegments: 3);
        Assert.Equal([new QuotaDemand(QuotaProduct.SmartMessage, 1, 10), new QuotaDemand(QuotaProduct.PlainSms, 3, 12)], demand);
        Assert.Equal([new QuotaDemand(QuotaProduct.BasicEdition, 1, 5)], QuotaRules.Demand([(RecipientChannel.Video, 5)], 0));
        Assert.Empty(QuotaRules.Demand([(RecipientChannel.Skipped, 5)], 1));
    }

    [Fact]
    public void Allocation_takes_from_the_oldest_package_first_and_refuses_when_all_together_hold_too_little()
    {
        Guid a = Guid.NewGuid(), b = Guid.NewGuid(), c = Guid.NewGuid();
        Assert.Equal([(a, 3), (b, 2)], QuotaRules.Allocate(5, [(a, 3), (b, 4), (c, 9)]));
        Assert.Equal([(b, 4)], QuotaRules.Allocate(4, [(a, 0), (b, 4)]));
        Assert.Empty(QuotaRules.Allocate(8, [(a, 3), (b, 4)]));
        Assert.Empty(QuotaRules.Allocate(0, [(a, 3)]));
    }

    [Theory]
    [InlineData(10, 100, 10, true)]
    [InlineData(11, 100, 10, false)]
    [InlineData(0, 0, 10, false)]
    public void A_balance_is_low_at_or_below_its_percentage_of_the_grants(long remaining, long granted, int percent, bool low)
        => Assert.Equal(low, QuotaRules.IsLow(remaining, granted, percent));
}
