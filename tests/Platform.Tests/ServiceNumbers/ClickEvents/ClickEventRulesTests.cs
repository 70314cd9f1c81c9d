using KooMessage.Platform.Domain;
using KooMessage.Platform.Features.ServiceNumbers;

namespace KooMessage.Platform.Tests.ServiceNumbers;

public sealed class ClickEventRulesTests
{
    private static readonly DateTime Now = new(2026, 11, 25, 10, 0, 0, DateTimeKind.Utc);

    private static ClickEventBatch Batch(params ClickEventInput?[] events) => new() { Events = [.. events] };

    private static ClickEventInput Menu(string visitor = "phone-a", DateTimeOffset? at = null) => new() { Target = "MENU", Name = "优惠活动", Visitor = visitor, At = at };

    private static List<string> Fields(ClickEventBatch? batch, int max = 100)
        => Assert.Throws<DomainException>(() => ClickEventRules.Validate(batch, Now, max)).Errors.Cast<ValidationError>().Select(e => e.Field).ToList();

    [Fact]
    public void Valid_events_are_hashed_and_timed()
    {
        var events = ClickEventRules.Validate(Batch(Menu(), new ClickEventInput { Target = "HOMEPAGE", Visitor = "phone-b", At = Now.AddDays(-2) }), Now, 100);
        Assert.Equal(2, events.Count);
        Assert.Equal(new ClickEvent(ClickTarget.Menu, "优惠活动", ClickEventRules.HashVisitor("phone-a"), Now), events[0]);
        Assert.Equal(ClickTarget.Homepage, events[1].Target);
        Assert.Equal(string.Empty, events[1].Name);
        Assert.Equal(Now.AddDays(-2), events[1].At);
        Assert.DoesNotContain("phone-a", events[0].VisitorHash);
        Assert.Equal(64, events[0].VisitorHash.Length);
    }

    [Fact]
    public void A_batch_has_one_to_max_events()
    {
        Assert.Equal(["events"], Fields(null));
        Assert.Equal(["events"], Fields(Batch()));
        Assert.Equal(["events"], Fields(Batch(Menu(), Menu(), Menu()), max: 2));
    }

    [Fact]
    public void One_bad_event_refuses_the_batch_naming_it()
    {
        Assert.Equal(["events[1].target"], Fields(Batch(Menu(), new ClickEventInput { Target = "BANNER", Name = "x", Visitor = "v" })));
        Assert.Equal(["events[0].name"], Fields(Batch(new ClickEventInput { Target = "HOTLINE", Visitor = "v" })));
        Assert.Equal(["events[0].visitor"], Fields(Batch(Menu(visitor: ""))));
        Assert.Equal(["events[0]"], Fields(Batch((ClickEventInput?)null)));
    }

    [Fact]
    public void Events_older_than_a_week_or_from_the_future_are_refused()
    {
        Assert.Equal(["events[0].at"], Fields(Batch(Menu(at: Now.AddDays(-8)))));
        Assert.Equal(["events[0].at"], Fields(Batch(Menu(at: Now.AddMinutes(6)))));
        Assert.Single(ClickEventRules.Validate(Batch(Menu(at: Now.AddMinutes(4))), Now, 100));
    }

    [Fact]
    public void Times_with_an_offset_become_utc()
    {
        var events = ClickEventRules.Validate(Batch(Menu(at: new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.FromHours(8)))), Now, 100);
        Assert.Equal(new DateTime(2026, 11, 25, 0, 0, 0, DateTimeKind.Utc), events[0].At);
    }

    [Fact]
    public void Event_tokens_are_long_random_and_stored_as_hashes()
    {
        var a = EventTokens.Generate();
        var b = EventTokens.Generate();
        Assert.NotEqual(a, b);
        Assert.StartsWith("snt_", a);
        Assert.Equal(47, a.Length);
        Assert.Equal(EventTokens.Hash(a), EventTokens.Hash(a));
        Assert.NotEqual(EventTokens.Hash(a), EventTokens.Hash(b));
        Assert.Equal(a[..8], EventTokens.DisplayPrefix(a));
    }
}
