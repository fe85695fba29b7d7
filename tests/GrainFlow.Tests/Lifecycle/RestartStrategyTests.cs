using GrainFlow.Runtime.Lifecycle;
using Xunit;

namespace GrainFlow.Tests.Lifecycle;

public class RestartStrategyTests
{
    private static readonly DateTimeOffset T0 = new(2025, 1, 1, 12, 0, 0, TimeSpan.Zero);

    private static TimeSpan Ms(int milliseconds) => TimeSpan.FromMilliseconds(milliseconds);

    [Fact]
    public void No_restart_gives_up_on_the_first_failure()
    {
        var decision = RestartStrategyFactory.Create(RestartStrategyKind.None).OnFailure(T0);

        Assert.Equal(RestartDecision.GiveUp("Restarts are disabled (restart strategy none)."), decision);
    }

    [Fact]
    public void Fixed_delay_restarts_the_allowed_number_of_times_then_gives_up()
    {
        var strategy = RestartStrategyFactory.Create(RestartStrategyKind.FixedDelay, attempts: 2, delay: Ms(500));

        Assert.Equal(RestartDecision.Restart(Ms(500)), strategy.OnFailure(T0));
        Assert.Equal(RestartDecision.Restart(Ms(500)), strategy.OnFailure(T0.AddMinutes(5)));
        var third = strategy.OnFailure(T0.AddMinutes(10));

        Assert.Equal(RestartOutcome.GiveUp, third.Outcome);
        Assert.Equal("The fixed-delay restart strategy allows 2 restarts; failure 3 exceeds them.", third.Reason);
    }

    [Fact]
    public void Exponential_delay_grows_by_the_multiplier_up_to_the_maximum()
    {
        var strategy = RestartStrategyFactory.Create(
            RestartStrategyKind.ExponentialDelay, initialDelay: Ms(100), maxDelay: Ms(1000), multiplier: 2.0);

        var delays = Enumerable.Range(0, 6).Select(i => strategy.OnFailure(T0.AddMilliseconds(i * 10)).Delay);

        Assert.Equal([Ms(100), Ms(200), Ms(400), Ms(800), Ms(1000), Ms(1000)], delays);
    }

    [Fact]
    public void Exponential_delay_resets_after_a_failure_free_period_of_twice_the_maximum_delay()
    {
        var strategy = new ExponentialDelayRestartStrategy(Ms(100), Ms(1000), 2.0);
        strategy.OnFailure(T0);
        strategy.OnFailure(T0.AddSeconds(1));

        Assert.Equal(Ms(400), strategy.OnFailure(T0.AddMilliseconds(2999)).Delay);
        Assert.Equal(Ms(100), strategy.OnFailure(T0.AddMilliseconds(4999)).Delay);
    }

    [Fact]
    public void Failure_rate_restarts_while_failures_within_the_interval_stay_at_the_maximum()
    {
        var strategy = RestartStrategyFactory.Create(
            RestartStrategyKind.FailureRate, maxFailures: 2, interval: TimeSpan.FromMinutes(1), delay: Ms(250));

        Assert.Equal(RestartDecision.Restart(Ms(250)), strategy.OnFailure(T0));
        Assert.Equal(RestartDecision.Restart(Ms(250)), strategy.OnFailure(T0.AddSeconds(30)));
        Assert.Equal(RestartDecision.Restart(Ms(250)), strategy.OnFailure(T0.AddSeconds(60)));
        var tooMany = strategy.OnFailure(T0.AddSeconds(70));

        Assert.Equal(RestartOutcome.GiveUp, tooMany.Outcome);
        Assert.Equal("The job failed 3 times within 00:01:00; the failure-rate restart strategy allows 2.", tooMany.Reason);
    }

    [Theory]
    [InlineData(RestartStrategyKind.None, typeof(NoRestartStrategy))]
    [InlineData(RestartStrategyKind.FixedDelay, typeof(FixedDelayRestartStrategy))]
    [InlineData(RestartStrategyKind.ExponentialDelay, typeof(ExponentialDelayRestartStrategy))]
    [InlineData(RestartStrategyKind.FailureRate, typeof(FailureRateRestartStrategy))]
    public void The_factory_builds_the_strategy_of_each_kind_with_defaults(RestartStrategyKind kind, Type expected)
    {
        var strategy = RestartStrategyFactory.Create(kind);

        Assert.IsType(expected, strategy);
        Assert.Equal(kind, strategy.Kind);
    }
}
