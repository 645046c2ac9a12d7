// bUnit's WaitFor* calls block a thread while the renderer works on another; test classes in parallel can starve the
// thread pool on a 2-core machine so a wait times out before its check ever ran. The tests take seconds in sequence.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
