%% Simple server
-module(kiln_server).
-export([start/0, loop/1]).
-define(TIMEOUT, 5000).
-record(state, {pages = [], count = 0}).

start() ->
    Pid = spawn(fun() -> loop(#state{}) end),
    register(kiln, Pid),
    {ok, Pid}.

loop(State = #state{count = N}) ->
    receive
        {build, From, Pages} when is_list(Pages), N >= 0 ->
            From ! {done, length(Pages) + 16#FF},
            io:format("built ~p pages~n", [N + 1]),
            loop(State#state{count = N + 1});
        stop -> ok
    after ?TIMEOUT ->
        Bin = <<1, 2, 3>>, C = $a,
        loop(State)
    end.
