`timescale 1ns / 1ps
`define WIDTH 8
// Simple ALU
module alu #(parameter int N = `WIDTH) (
    input  logic         clk, rst_n,
    input  logic [N-1:0] a, b,
    input  logic [1:0]   op,
    output logic [N-1:0] y
);
  /* opcodes:
     0 add, 1 sub */
  typedef enum logic [1:0] {ADD, SUB, AND_, OR_} op_t;
  reg [7:0] mem [0:255];

  always_ff @(posedge clk or negedge rst_n) begin
    if (!rst_n)
      y <= '0;
    else begin
      case (op)
        2'b00: y <= a + b;
        2'b01: y <= a - b;
        2'd2:  y <= a & b;
        default: y <= 8'hFF ^ {a[3:0], 4'bxz01};
      endcase
    end
  end

  initial begin
    $display("ALU ready, N=%0d\n", N);
    $readmemh("init.hex", mem);
    #10 $finish;
  end
done: assert property (@(posedge clk) y < 1.5e3);
endmodule
