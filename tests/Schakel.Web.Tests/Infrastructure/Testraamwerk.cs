using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: Xunit.TestFramework("Schakel.Web.Tests.Infrastructure.Testraamwerk", "Schakel.Web.Tests")]

namespace Schakel.Web.Tests.Infrastructure;

/// <summary>
/// xUnit's own runner, with one step after the last test class and before the run reports that it finished: the
/// templates (<see cref="Sjabloon"/>) are removed there, while the test host still runs.
/// </summary>
public sealed class Testraamwerk(IMessageSink diagnostiek) : XunitTestFramework(diagnostiek)
{
    protected override ITestFrameworkExecutor CreateExecutor(AssemblyName assemblyName) =>
        new Uitvoerder(assemblyName, SourceInformationProvider, DiagnosticMessageSink);

    private sealed class Uitvoerder(AssemblyName assembly, ISourceInformationProvider bron, IMessageSink diagnostiek)
        : XunitTestFrameworkExecutor(assembly, bron, diagnostiek)
    {
        protected override async void RunTestCases(IEnumerable<IXunitTestCase> testCases, IMessageSink executionMessageSink, ITestFrameworkExecutionOptions executionOptions)
        {
            using var runner = new Loper(TestAssembly, testCases, DiagnosticMessageSink, executionMessageSink, executionOptions);
            await runner.RunAsync();
        }
    }

    private sealed class Loper(ITestAssembly assembly, IEnumerable<IXunitTestCase> testCases, IMessageSink diagnostiek, IMessageSink uitvoering, ITestFrameworkExecutionOptions opties)
        : XunitTestAssemblyRunner(assembly, testCases, diagnostiek, uitvoering, opties)
    {
        protected override async Task BeforeTestAssemblyFinishedAsync()
        {
            await base.BeforeTestAssemblyFinishedAsync();
            await Sjabloon.OpruimenAsync();
        }
    }
}
