using System.Net;
using KooMessage.Platform.Domain;
using KooMessage.Platform.Features.Messaging;

namespace KooMessage.Platform.Tests.Messaging;

/// <summary>Which addresses a callback may reach, which URLs are accepted, and the retry schedule.</summary>
public sealed class CallbackAddressRulesTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.255.0.9")]
    [InlineData("0.0.0.0")]
    [InlineData("10.1.2.3")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.1.1")]
    [InlineData("100.64.0.1")]
    [InlineData("100.127.255.254")]
    [InlineData("169.254.169.254")]
    [InlineData("224.0.0.1")]
    [InlineData("255.255.255.255")]
    [InlineData("::1")]
    [InlineData("::")]
    [InlineData("fe80::1")]
    [InlineData("fc00::1")]
    [InlineData("fd12:3456::1")]
    [InlineData("ff02::1")]
    [InlineData("::ffff:10.0.0.1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("64:ff9b::a9fe:a9fe")]
    public void Non_public_addresses_are_refused(string address)
        => Assert.True(CallbackAddressRules.IsNonPublic(IPAddress.Parse(address)), address);

    [Theory]
    [InlineData("93.184.215.14")]
    [InlineData("8.8.8.8")]
    [InlineData("100.63.255.255")]
    [InlineData("100.128.0.1")]
    [InlineData("172.15.0.1")]
    [InlineData("172.32.0.1")]
    [InlineData("2606:4700::1111")]
    [InlineData("::ffff:8.8.8.8")]
    public void Public_addresses_are_allowed(string address)
        => Assert.False(CallbackAddressRules.IsNonPublic(IPAddress.Parse(address)), address);

    [Theory]
    [InlineData("http://example.com/hook")]
    [InlineData("ftp://example.com/hook")]
    [InlineData("example.com/hook")]
    [InlineData("not a url")]
    [InlineData("")]
    [InlineData("https://user:secret@example.com/hook")]
    [InlineData("https://example.com/hook#part")]
    public void Bad_urls_are_a_validation_error_on_the_field(string url)
    {
        var error = Assert.Throws<DomainException>(() => CallbackAddressRules.ParseUrl("url", url, requireHttps: true));
        Assert.Equal("url", Assert.IsType<ValidationError>(error.Errors[0]).Field);
    }

    [Fact]
    public void Https_urls_are_accepted_and_http_only_where_configured()
    {
        Assert.Equal("https://example.com/hook?x=1", CallbackAddressRules.ParseUrl("url", "https://example.com/hook?x=1", true).AbsoluteUri);
        Assert.Equal("http", CallbackAddressRules.ParseUrl("url", "http://127.0.0.1:5000/hook", requireHttps: false).Scheme);
        Assert.Throws<DomainException>(() => CallbackAddressRules.ParseUrl("url", new string('a', CallbackAddressRules.UrlMax + 1), false));
    }

    [Fact]
    public void The_default_retry_schedule_doubles_and_spans_about_a_day()
    {
        var options = new CallbackOptions();
        Assert.Equal(TimeSpan.FromMinutes(10), options.RetryDelay(1));
        Assert.Equal(TimeSpan.FromMinutes(20), options.RetryDelay(2));
        var total = Enumerable.Range(1, options.MaxAttempts - 1).Aggregate(TimeSpan.Zero, (sum, attempt) => sum + options.RetryDelay(attempt));
        Assert.InRange(total, TimeSpan.FromHours(20), TimeSpan.FromHours(24));
        Assert.Equal(options.MaxRetryDelay, options.RetryDelay(30));
    }
}
