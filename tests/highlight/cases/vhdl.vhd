-- 4-bit counter with synchronous reset
library IEEE;
use IEEE.STD_LOGIC_1164.ALL;
use ieee.numeric_std.all;

entity Counter is
    generic ( WIDTH : natural := 4 );
    Port ( clk   : in  STD_LOGIC;
           rst   : in  std_logic;
           q     : out std_logic_vector(WIDTH-1 downto 0) );
end Counter;

architecture Behavioral of Counter is
    signal count : unsigned(WIDTH-1 downto 0) := (others => '0');
    constant MAX : integer := 15;
begin
    process(clk)
    begin
        if rising_edge(clk) then
            if rst = '1' then
                count <= (others => '0');
            elsif count /= MAX and not (rst = '1') then
                count <= count + 1;
            end if;
        end if;
    end process;
    q <= std_logic_vector(count);
    assert WIDTH > 0 report "bad width" severity failure;
    x <= X"FF" xor b"1010" when count'length >= 2 else o"17";
    delay <= 2.5 ns;
END ARCHITECTURE;
